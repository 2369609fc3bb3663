package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * One engine with the bundled rules, built once for the whole test run (engines are thread-safe).
 * Its {@code evaluate} checks every report it returns against {@code report.schema.json}.
 */
final class TestEngine {

    private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();

    private TestEngine() {
    }

    static EligibilityEngine get() {
        return ENGINE;
    }

    static EligibilityReport evaluate(Applicant applicant) {
        return checked(ENGINE.evaluate(applicant));
    }

    static EligibilityReport evaluate(Applicant applicant, LocalDate asOf) {
        return checked(ENGINE.evaluate(applicant, asOf));
    }

    static EligibilityReport checked(EligibilityReport report) {
        try {
            assertEquals(List.of(), SchemaCheck.REPORT.violations(Json.MAPPER.readTree(EligibilityJson.writeReport(report))),
                    "every report follows report.schema.json");
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
        return report;
    }
}
