package org.safemobility.eligibility.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/** The sweep's grown tables change the cost, never an answer: reports equal but for the version. */
class GrownTablesTest {

    @Test
    void tablesGrownHundredfoldGiveTheSameReports() {
        EligibilityEngine bundled = EligibilityEngine.builder().build();
        EligibilityEngine grown = EligibilityEngine.builder()
                .classLoader(new ReferenceSweepBenchmark.GrownTables(100)).build();
        assertNotEquals(bundled.rulesetVersion(), grown.rulesetVersion(), "the content hash sees the grown tables");
        List<Applicant> applicants = Population.of(7, 2_000);
        LocalDate asOf = LocalDate.of(2024, 6, 1);
        List<EligibilityReport> expected = bundled.evaluateAll(applicants, asOf);
        List<EligibilityReport> actual = grown.evaluateAll(applicants, asOf);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(withoutVersion(expected.get(i)), withoutVersion(actual.get(i)), "applicant " + i);
        }
    }

    @Test
    void growingMultipliesTheRows() {
        String table = "program,country,from,to,citation\nH2A,MX,2022-11-10,2025-11-07,x\n";
        String grown = ReferenceSweepBenchmark.GrownTables.grow(table, 10);
        assertEquals(1 + 10, grown.lines().count());
        assertTrue(grown.lines().skip(2).allMatch(l -> l.contains(",21")), grown);
    }

    private static EligibilityReport withoutVersion(EligibilityReport r) {
        return new EligibilityReport(r.applicantId(), r.evaluationDate(), "-", r.language(), r.access(), r.pathways(), r.missingInformation());
    }
}
