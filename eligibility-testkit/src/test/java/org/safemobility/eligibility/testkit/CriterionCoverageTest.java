package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * {@link CriterionCoverage} counts outcomes per criterion while an annotated class runs, writes the
 * table, and fails the class on a gap when asked; on jqwik and on Jupiter classes alike. The
 * reports are built by hand: ACC-AGE and SMO-ACCESS are seen both ways, REF-NEXUS only MET.
 */
class CriterionCoverageTest {

    static final String JQWIK_TABLE = "target/coverage-self-test/jqwik.md";
    static final String JUPITER_TABLE = "target/coverage-self-test/jupiter.md";
    static final String DOCS_TABLE = "target/coverage-self-test/docs.md";

    @CriterionCoverage(output = JQWIK_TABLE, failOnGaps = true)
    static class JqwikWithAGap {
        @Example
        void screensTwoApplicants() {
            CoverageRecorder.record(report(Outcome.MET));
            CoverageRecorder.record(report(Outcome.NOT_MET));
        }
    }

    /** As {@link JqwikWithAGap}, for docs/testing.md (each table file adds up every class that writes it in a run). */
    @CriterionCoverage(output = DOCS_TABLE, failOnGaps = true)
    static class JqwikForTheDocs {
        @Example
        void screensTwoApplicants() {
            CoverageRecorder.record(report(Outcome.MET));
            CoverageRecorder.record(report(Outcome.NOT_MET));
        }
    }

    @CriterionCoverage(output = "target/coverage-self-test/exempt.md", failOnGaps = true, exempt = "REF-NEXUS")
    static class JqwikWithTheGapExempt {
        @Example
        void screensTwoApplicants() {
            CoverageRecorder.record(report(Outcome.MET));
            CoverageRecorder.record(report(Outcome.NOT_MET));
        }
    }

    @CriterionCoverage(output = "target/coverage-self-test/empty.md", failOnGaps = true)
    static class JqwikScreeningNothing {
        @Example
        void screensNothing() {
        }
    }

    @CriterionCoverage(output = JUPITER_TABLE, failOnGaps = true)
    static class JupiterWithAGap {
        @Test
        void screensTwoApplicants() {
            CoverageRecorder.record(report(Outcome.MET));
            CoverageRecorder.record(report(Outcome.NOT_MET));
        }
    }

    @Test
    void aJqwikClassGetsItsTableAndFailsOnAGap() throws IOException {
        NestedRun run = NestedRun.jqwik(JqwikWithAGap.class);
        assertEquals(1, run.testsSucceeded());
        List<Throwable> failures = run.containerFailures();
        assertEquals(1, failures.size(), "the class fails, not its example");
        String message = failures.get(0).getMessage();
        assertTrue(message.contains("REF-NEXUS: MET 2, NOT_MET 0, UNKNOWN 0"), message);
        assertTrue(!message.contains("ACC-AGE") && !message.contains("SMO-ACCESS:"), message);

        String table = Files.readString(Path.of(JQWIK_TABLE));
        assertTrue(table.contains("| ACC-AGE | 1 | 1 | 0 | yes |"), table);
        assertTrue(table.contains("| SMO-ACCESS | 1 | 1 | 0 | yes |"), "once per report although two pathways show it:\n" + table);
        assertTrue(table.contains("| REF-NEXUS | 2 | 0 | 0 | **no** |"), table);
        assertTrue(table.contains("| REFUGEE_RESETTLEMENT | 1 | 0 | 1 |"), table);
        assertTrue(table.indexOf("ACC-AGE") < table.indexOf("SMO-ACCESS") && table.indexOf("SMO-ACCESS") < table.indexOf("REF-NEXUS"),
                "rows in report order");
    }

    @Test
    void anExemptCriterionIsNoGap() {
        NestedRun run = NestedRun.jqwik(JqwikWithTheGapExempt.class);
        assertEquals(List.of(), run.containerFailures());
    }

    @Test
    void aClassThatScreensNothingFailsRatherThanPassingEmpty() {
        CoverageRecorder.record(report(Outcome.MET)); // outside any annotated class: counted nowhere
        List<Throwable> failures = NestedRun.jqwik(JqwikScreeningNothing.class).containerFailures();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().contains("screened no report"), failures.get(0).getMessage());
    }

    @Test
    void aJupiterClassGetsTheSameTable() throws IOException {
        NestedRun run = NestedRun.jupiter(JupiterWithAGap.class);
        assertEquals(1, run.testsSucceeded());
        List<Throwable> failures = run.containerFailures();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().contains("REF-NEXUS: MET 2, NOT_MET 0"), failures.get(0).getMessage());
        assertTrue(Files.readString(Path.of(JUPITER_TABLE)).contains("| REF-NEXUS | 2 | 0 | 0 | **no** |"));
    }

    /** A hand-made report: access and refugee resettlement decided by {@code access}, REF-NEXUS always MET. */
    static EligibilityReport report(Outcome access) {
        Status status = access == Outcome.MET ? Status.ELIGIBLE : Status.NOT_ELIGIBLE;
        CriterionResult age = criterion("ACC-AGE", access);
        CriterionResult gate = criterion("SMO-ACCESS", access);
        CriterionResult nexus = criterion("REF-NEXUS", Outcome.MET);
        return new EligibilityReport("synthetic-coverage", LocalDate.of(2024, 1, 1), "test+sha256.0", "en",
                new AccessResult(status, List.of(age)),
                List.of(new PathwayResult(Pathway.REFUGEE_RESETTLEMENT, status, List.of(gate, nexus), List.of()),
                        new PathwayResult(Pathway.H1B, status, List.of(gate), List.of())),
                List.of());
    }

    private static CriterionResult criterion(String id, Outcome outcome) {
        return new CriterionResult(id, outcome, "reason", "citation", id, List.of());
    }
}
