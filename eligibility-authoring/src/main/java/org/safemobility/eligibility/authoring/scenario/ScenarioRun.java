package org.safemobility.eligibility.authoring.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running scenarios on one engine: each scenario's result, in the order given, and
 * the criterion coverage of their reports.
 *
 * @param results  one for each scenario, in the order they were run
 * @param coverage the criterion coverage of the reports (scenarios without a report add nothing)
 */
public record ScenarioRun(List<ScenarioResult> results, CoverageTable coverage) {

    /**
     * Checks that the coverage is present and copies the results.
     *
     * @param results one for each scenario, in the order they were run
     * @param coverage the criterion coverage of the reports (scenarios without a report add nothing)
     */
    public ScenarioRun {
        results = List.copyOf(results);
        Objects.requireNonNull(coverage, "coverage");
    }

    /**
     * How many scenarios passed.
     *
     * @return the number of scenarios that met every expectation
     */
    public int passed() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /**
     * How many scenarios failed.
     *
     * @return the number of scenarios with a difference, or without a report
     */
    public int failed() {
        return results.size() - passed();
    }

    /**
     * The results of the scenarios that failed, in run order.
     *
     * @return the failed results; empty when every scenario passed
     */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * {@code N passed, N failed}.
     *
     * @return the counts, for a line of output
     */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
