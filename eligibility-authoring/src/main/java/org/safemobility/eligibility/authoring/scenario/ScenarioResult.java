package org.safemobility.eligibility.authoring.scenario;

import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * How one scenario went: the report its applicant got and every way the report differs from the
 * scenario's expectations. A scenario whose applicant could not be screened (it breaks the contract
 * on its evaluation date, or the rules failed) has no report and one difference saying why.
 *
 * @param scenario    the scenario
 * @param report      the report, or {@code null} when the applicant could not be screened
 * @param differences what differs from the expectations, one line each; empty when the scenario passed
 */
public record ScenarioResult(Scenario scenario, EligibilityReport report, List<String> differences) {

    /**
     * Checks that a result without a report says why, and copies the differences.
     *
     * @param scenario the scenario
     * @param report the report, or {@code null} when the applicant could not be screened
     * @param differences what differs from the expectations, one line each; empty when the scenario passed
     * @throws IllegalArgumentException when there is neither a report nor a difference
     */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        differences = List.copyOf(differences);
        if (report == null && differences.isEmpty()) {
            throw new IllegalArgumentException("a scenario without a report has failed: say why");
        }
    }

    /**
     * True when the report met every expectation.
     *
     * @return true when there is no difference
     */
    public boolean passed() {
        return differences.isEmpty();
    }
}
