package org.safemobility.eligibility.testkit;

import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.CoverageRun;

/**
 * Feeds reports to {@link CriterionCoverage}. The testkit's properties record every report they
 * screen (through {@link RulesUnderTest#screen}); call {@link #record} from your own tests, jqwik
 * properties or Jupiter tests alike, to count their reports too.
 *
 * <p>A report counts for every test class annotated with {@code @CriterionCoverage} that is
 * running when it is recorded; outside such a class, recording does nothing. Thread-safe.
 */
public final class CoverageRecorder {

    private CoverageRecorder() {
    }

    /**
     * Counts the outcome of every criterion in {@code report}.
     *
     * @param report a report of the engine under test
     */
    public static void record(EligibilityReport report) {
        CoverageRun.record(report);
    }
}
