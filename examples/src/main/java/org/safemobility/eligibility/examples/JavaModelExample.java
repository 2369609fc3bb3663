package org.safemobility.eligibility.examples;

import java.time.LocalDate;
import java.util.List;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.TemporaryNeed;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;

/** Building an applicant in Java rather than JSON, and reading why a pathway is or is not open. */
public final class JavaModelExample {

    private JavaModelExample() {
    }

    public static void main(String[] args) {
        explainH2a().forEach(System.out::println);
    }

    /** One line per H-2A criterion: ID, outcome and the reason the rules gave. */
    static List<String> explainH2a() {
        EligibilityEngine engine = EligibilityEngine.builder().build();
        Applicant farmworker = Applicant.builder("example-2", Office.GT)
                .applicationDate(LocalDate.of(2024, 1, 10))
                .dateOfBirth(LocalDate.of(1992, 8, 30))
                .nationalities("SV")
                .residence(new Residence("SV", ResidenceStatus.CITIZEN, null, null, null))
                .employment(new Employment(null, null, List.of(new JobOffer(JobKind.AGRICULTURAL, true,
                        TemporaryNeed.SEASONAL, 7, LaborCertification.PENDING, null, null))))
                .build();
        EligibilityReport report = engine.evaluate(farmworker);
        return report.pathway(Pathway.H2A).criteria().stream().map(JavaModelExample::line).toList();
    }

    private static String line(CriterionResult c) {
        return c.id() + " " + c.outcome() + ": " + c.reason();
    }
}
