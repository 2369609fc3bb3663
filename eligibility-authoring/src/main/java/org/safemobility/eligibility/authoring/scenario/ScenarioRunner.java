package org.safemobility.eligibility.authoring.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Runs scenarios on an engine: screens each scenario's applicant on its as-of date and compares the
 * report with the scenario's expectations. Works with any engine, the bundled rules or a rules
 * folder ({@code EligibilityEngine.builder().rulesFolder(dir).build()}). Thread-safe, as the engine is.
 *
 * <pre>{@code
 * ScenarioRun run = ScenarioRunner.of(engine).runAll(ScenarioFiles.read(dir));
 * run.failures().forEach(f -> System.out.println(f.scenario() + "\n  " + String.join("\n  ", f.differences())));
 * System.out.println(run.summary());               // 12 passed, 0 failed
 * System.out.print(run.coverage().toText());
 * }</pre>
 */
public final class ScenarioRunner {

    private final EligibilityEngine engine;

    private ScenarioRunner(EligibilityEngine engine) {
        this.engine = engine;
    }

    /**
     * A runner on {@code engine}.
     *
     * @param engine the engine to screen the scenarios with
     * @return the runner
     */
    public static ScenarioRunner of(EligibilityEngine engine) {
        return new ScenarioRunner(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Runs one scenario. An applicant the engine rejects on the scenario's evaluation date, or one the
     * rules fail on, is a failed scenario without a report; neither stops a run.
     *
     * @param scenario the scenario
     * @return its result: the report and its differences from the scenario's expectations
     */
    public ScenarioResult run(Scenario scenario) {
        Applicant applicant;
        try {
            applicant = scenario.readApplicant();
        } catch (InvalidApplicantException e) {
            return new ScenarioResult(scenario, null, invalid(e));
        }
        EligibilityReport report;
        try {
            report = engine.evaluate(applicant, scenario.asOf());
        } catch (InvalidApplicantException e) {
            return new ScenarioResult(scenario, null, invalid(e));
        } catch (EvaluationException e) {
            return new ScenarioResult(scenario, null, List.of("evaluation failed: " + e.getMessage()));
        }
        return new ScenarioResult(scenario, report, scenario.expect().differences(report));
    }

    private static List<String> invalid(InvalidApplicantException e) {
        List<String> out = new ArrayList<>();
        for (Violation v : e.violations()) {
            out.add("applicant rejected: " + (v.field().isEmpty() ? "(applicant)" : v.field()) + " " + v.code()
                    + ": " + v.message());
        }
        return out;
    }

    /**
     * Runs every scenario, in order, and counts the criterion coverage of their reports over every
     * criterion of the engine's rule set.
     *
     * @param scenarios the scenarios, in the order to run them
     * @return every result, in order, with the criterion coverage
     */
    public ScenarioRun runAll(List<Scenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>(scenarios.size());
        List<EligibilityReport> reports = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            ScenarioResult r = run(s);
            results.add(r);
            if (r.report() != null) {
                reports.add(r.report());
            }
        }
        return new ScenarioRun(results, CoverageTable.of(criterionIds(engine), reports));
    }

    /** Every criterion ID of the engine's rule set ({@code criteria.csv}), in report order. */
    static List<String> criterionIds(EligibilityEngine engine) {
        return engine.criterionIds();
    }
}
