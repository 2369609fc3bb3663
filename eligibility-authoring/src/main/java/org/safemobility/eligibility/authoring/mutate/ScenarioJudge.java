package org.safemobility.eligibility.authoring.mutate;

import java.util.List;
import java.util.Optional;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioResult;
import org.safemobility.eligibility.authoring.scenario.ScenarioRunner;

/**
 * Judges an engine by scenario files, with the scenario runner of {@code eligibility test}: the
 * first scenario that fails kills the mutant (the rest are not run). A scenario whose applicant
 * the rules fail on (no report) is an error. Thread-safe.
 *
 * <pre>{@code
 * Judge scenarios = ScenarioJudge.of(ScenarioFiles.read(Path.of("scenarios")));
 * }</pre>
 */
public final class ScenarioJudge implements Judge {

    private final List<Scenario> scenarios;

    private ScenarioJudge(List<Scenario> scenarios) {
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * A judge running {@code scenarios}, in their order.
     *
     * @param scenarios the scenarios, at least one
     * @return the judge
     * @throws IllegalArgumentException when there is no scenario
     */
    public static ScenarioJudge of(List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenario to judge with");
        }
        return new ScenarioJudge(scenarios);
    }

    /**
     * How many scenarios it runs.
     *
     * @return the number of scenarios
     */
    public int size() {
        return scenarios.size();
    }

    /**
     * @return the first failed scenario and its first difference, or empty when all pass
     * @throws IllegalStateException when the engine fails on a scenario's applicant (no report)
     */
    @Override
    public Optional<String> judge(EligibilityEngine engine) {
        ScenarioRunner runner = ScenarioRunner.of(engine);
        for (Scenario scenario : scenarios) {
            ScenarioResult result = runner.run(scenario);
            if (result.passed()) {
                continue;
            }
            String first = result.differences().isEmpty() ? "" : ": " + result.differences().get(0);
            if (result.report() == null) {
                throw new IllegalStateException("scenario " + scenario + first);
            }
            return Optional.of("scenario " + scenario + first);
        }
        return Optional.empty();
    }
}
