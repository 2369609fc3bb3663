package org.safemobility.eligibility.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The plain-Java floor gives reports equal to the engine's, explanations included, so comparing
 * their speed is honest.
 */
class FloorEqualityTest {

    @Test
    void floorAndEngineAgreeOnOneHundredThousandApplicants() {
        EligibilityEngine engine = EligibilityEngine.builder().build();
        PlainJavaScreening floor = new PlainJavaScreening();
        LocalDate asOf = LocalDate.of(2024, 6, 1);
        int checked = 0;
        for (int chunk = 0; chunk < 100; chunk++) {
            List<Applicant> applicants = Population.of(20261127L + chunk, 1_000);
            List<EligibilityReport> expected = engine.evaluateAll(applicants, asOf);
            List<EligibilityReport> actual = floor.evaluateAll(applicants, asOf);
            for (int i = 0; i < applicants.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "applicant " + i + " of chunk " + chunk);
                checked++;
            }
        }
        assertEquals(100_000, checked);
    }
}
