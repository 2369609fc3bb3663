package org.safemobility.eligibility.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * Embedding the library in a plain Java program: build the engine once, screen an applicant read
 * from JSON, print each pathway's status and the questions still worth asking.
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
}
