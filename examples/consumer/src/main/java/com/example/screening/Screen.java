package com.example.screening;

import static org.safemobility.eligibility.model.ProtectionGround.POLITICAL_OPINION;
import static org.safemobility.eligibility.model.ResidenceStatus.ASYLUM_SEEKER;

import java.time.LocalDate;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;

/**
 * Screens one applicant, built with the model's builders, with the library taken from its
 * published coordinates, and prints the report.
 */
public final class Screen {

    private Screen() {
    }

    public static void main(String[] args) {
        EligibilityEngine engine = EligibilityEngine.builder().build();
        Applicant applicant = Applicant.builder()
                .id("consumer-1")
                .office(Office.CR)
                .dateOfBirth(LocalDate.of(1999, 12, 1))
                .nationalities("NI")
                .residence(Residence.builder().country("CR").status(ASYLUM_SEEKER).arrivalDate(LocalDate.of(2022, 10, 3)).build())
                .protection(Protection.builder().fearOfPersecution(true).grounds(POLITICAL_OPINION).build())
                .build();
        System.out.println(EligibilityJson.writeReport(engine.evaluate(applicant, LocalDate.of(2023, 8, 15))));
    }
}
