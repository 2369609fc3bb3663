package org.safemobility.eligibility.examples;

import static org.safemobility.eligibility.model.ProtectionGround.POLITICAL_OPINION;
import static org.safemobility.eligibility.model.ResidenceStatus.ASYLUM_SEEKER;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * Embedding the library in a plain Java program: build the engine once; screen an applicant read
 * from JSON and print each pathway's status and the questions still worth asking; build applicants
 * in Java with the model's builders and screen a batch, one result per applicant.
 */
public final class EmbeddingExample {

    static final String APPLICANT = """
            {"id": "example-1", "office": "CR", "dateOfBirth": "1999-12-01", "nationalities": ["NI"],
             "residence": {"country": "CR", "status": "ASYLUM_SEEKER", "arrivalDate": "2022-10-03"},
             "protection": {"fearOfPersecution": true, "grounds": ["POLITICAL_OPINION"]}}
            """;

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        run(APPLICANT, LocalDate.of(2023, 8, 15), System.out);
        screenBatch(LocalDate.of(2023, 8, 15), System.out);
    }

    static void run(String json, LocalDate asOf, PrintStream out) {
        // tag::embed[]
        EligibilityEngine engine = EligibilityEngine.builder().build();   // once; thread-safe, share it
        Applicant applicant = EligibilityJson.readApplicant(json);         // strict: InvalidApplicantException
        EligibilityReport report = engine.evaluate(applicant, asOf);        // asOf when no applicationDate
        for (PathwayResult pathway : report.pathways()) {
            out.println(pathway.pathway() + ": " + pathway.status());
        }
        report.missingInformation().forEach(m -> out.println("ask about " + m.field() + " for " + m.pathways()));
        // end::embed[]
    }

    /**
     * Two applicants built in Java, screened together: the first gets a report, the second (a
     * nationality typed in lower case) a rejection naming the field, and neither stops the other.
     */
    static void screenBatch(LocalDate asOf, PrintStream out) {
        // tag::builders[]
        EligibilityEngine engine = EligibilityEngine.builder().build();   // once; thread-safe, share it
        Applicant nicaraguan = Applicant.builder()
                .id("example-1")
                .office(Office.CR)
                .dateOfBirth(LocalDate.of(1999, 12, 1))
                .nationalities("NI")
                .residence(Residence.builder().country("CR").status(ASYLUM_SEEKER).arrivalDate(LocalDate.of(2022, 10, 3)).build())
                .protection(Protection.builder().fearOfPersecution(true).grounds(POLITICAL_OPINION).build())
                .build();
        Applicant typo = Applicant.builder().id("example-2").office(Office.GT).nationalities("gt").build();
        for (ScreeningResult result : engine.evaluateEach(List.of(nicaraguan, typo), asOf)) {   // one result each, in order
            if (result instanceof ScreeningResult.Screened s) {
                s.report().pathways().forEach(p -> out.println(s.applicantId() + " " + p.pathway() + ": " + p.status()));
            } else if (result instanceof ScreeningResult.Rejected r) {
                r.violations().forEach(v -> out.println(r.applicantId() + " rejected: " + v.field() + " " + v.code()));
            } else if (result instanceof ScreeningResult.Failed f) {
                out.println(f.applicantId() + " not screened: rule " + f.rule() + " failed");
            }
        }
        // end::builders[]
    }
}
