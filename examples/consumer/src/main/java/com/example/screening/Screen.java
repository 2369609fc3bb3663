package com.example.screening;

import java.time.LocalDate;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;

/** Screens one applicant with the library taken from its published coordinates, and prints the report. */
public final class Screen {

    private Screen() {
    }

    public static void main(String[] args) {
        EligibilityEngine engine = EligibilityEngine.builder().build();
        EligibilityReport report = engine.evaluate(EligibilityJson.readApplicant("""
                {"id": "consumer-1", "office": "CR", "dateOfBirth": "1999-12-01", "nationalities": ["NI"],
                 "residence": {"country": "CR", "status": "ASYLUM_SEEKER", "arrivalDate": "2022-10-03"},
                 "protection": {"fearOfPersecution": true, "grounds": ["POLITICAL_OPINION"]}}
                """), LocalDate.of(2023, 8, 15));
        System.out.println(EligibilityJson.writeReport(report));
    }
}
