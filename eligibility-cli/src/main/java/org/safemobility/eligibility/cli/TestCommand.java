package org.safemobility.eligibility.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.authoring.TableDate;
import org.safemobility.eligibility.authoring.lint.Lint;
import org.safemobility.eligibility.authoring.scenario.CoverageTable;
import org.safemobility.eligibility.authoring.scenario.DateCoverage;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioResult;
import org.safemobility.eligibility.authoring.scenario.ScenarioRun;
import org.safemobility.eligibility.authoring.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eligibility test [--rules DIR] [--require-full-coverage] [--require-date-coverage]
 * SCENARIO_DIR...}: runs scenario files with the runner of {@code eligibility-authoring} (the one
 * the bundled rules' own tests use), prints the failures, the criterion coverage table and
 * {@code N passed, N failed}, and warns of every reference-table date without scenarios on both
 * sides ({@link DateCoverage}).
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        headerHeading = "%n",
        header = "Run scenario files on a rule set and show its criterion coverage.",
        description = {
            "",
            "Reads every *.json file under each SCENARIO_DIR (a folder, with its",
            "sub-folders, or one file) in the scenario format of the bundled",
            "rules' tests (eligibility-rules/src/test/resources/scenarios/README.md),",
            "screens each scenario's applicant with the rules and compares the",
            "report with what the scenario expects.",
            "",
            "Prints on standard output:",
            "- each failed scenario, FAIL file:line: name (the line of its name),",
            "  then one indented line for each difference;",
            "- the criterion coverage table: for every criterion of the rule set,",
            "  in how many scenarios the report gave it MET, NOT_MET and UNKNOWN",
            "  (once per scenario and outcome); 'gap' marks a criterion not seen",
            "  both MET and NOT_MET;",
            "- last, the summary: N passed, N failed.",
            "",
            "Then, on standard error, a warning for every date in the rule set's",
            "reference tables (any cell of reference/*.csv that is a YYYY-MM-DD",
            "date) without a scenario on each of the two days around it: for a",
            "first day X (columns from, opens...) X-1 and X; for a last day or",
            "cutoff X (every other column) X and X+1. A scenario's dates are its",
            "evaluation date and the dates its applicant answers. Only a warning,",
            "unless --require-date-coverage.",
            "",
            "Every scenario file is read before anything runs. A file that does",
            "not follow the format is reported on standard error, each problem as",
            "file:line: code: /json/pointer: message, and nothing runs. The",
            "output may quote the reasons of the reports (scenario applicants are",
            "synthetic test data).",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every scenario passed (with --require-full-coverage: and every criterion was seen both MET "
                    + "and NOT_MET; with --require-date-coverage: and every table date has scenarios on both sides)",
            "1:a scenario failed; with --require-full-coverage, a criterion was not seen both MET and NOT_MET; "
                    + "with --require-date-coverage, a table date lacks a scenario on a side; "
                    + "the rules of --rules do not build (problems on standard error); or an internal failure",
            "2:invalid command line, DIR or a SCENARIO_DIR does not exist, no scenario file found, or a "
                    + "scenario file breaks the format (problems on standard error)"
        })
final class TestCommand implements Callable<Integer> {

    @ParentCommand
    private EligibilityCommand parent;

    @Mixin
    private RulesOption rules;

    @Option(names = "--require-full-coverage",
            description = "Fail (exit 1) unless every criterion of the rule set was seen both MET and "
                    + "NOT_MET in the scenarios' reports.")
    private boolean requireFullCoverage;

    @Option(names = "--require-date-coverage",
            description = "Fail (exit 1) unless every date of the rule set's reference tables has a scenario "
                    + "on each of the two days around it; without it, such dates are only warned of.")
    private boolean requireDateCoverage;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO_DIR",
            description = "A folder of scenario files (searched with its sub-folders), or one scenario file.")
    private List<Path> paths;

    @Override
    public Integer call() {
        Console console = parent.console();
        PrintWriter err = console.err();
        if (!rules.usable(console, "test")) {
            return Main.EXIT_INVALID;
        }
        List<Scenario> scenarios = ScenarioPaths.read("test", paths, err);
        if (scenarios == null) {
            return Main.EXIT_INVALID;
        }
        EligibilityEngine engine;
        try {
            engine = rules.engine(console);
        } catch (RuleSetException e) {
            rules.describe(err, "test", e);
            return Main.EXIT_FINDINGS;
        }
        ScenarioRun run = ScenarioRunner.of(engine).runAll(scenarios);

        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
        for (ScenarioResult failure : run.failures()) {
            out.println("FAIL " + failure.scenario());
            failure.differences().forEach(d -> out.println("  " + d));
        }
        if (run.failed() > 0) {
            out.println();
        }
        CoverageTable coverage = run.coverage();
        out.print(coverage.toText());
        out.println();
        out.println(run.summary());
        out.flush();

        List<String> gaps = coverage.gaps();
        if (requireFullCoverage && !gaps.isEmpty()) {
            err.println("test: --require-full-coverage: " + gaps.size() + " of " + coverage.criteria().size()
                    + " criteria not seen both MET and NOT_MET: " + String.join(", ", gaps));
            err.flush();
        }
        boolean datesCovered = dateCoverage(err, scenarios);
        return run.failed() > 0 || (requireFullCoverage && !gaps.isEmpty()) || (requireDateCoverage && !datesCovered)
                ? Main.EXIT_FINDINGS : 0;
    }

    /** Says which table dates lack a scenario on a side; true when none does. */
    private boolean dateCoverage(PrintWriter err, List<Scenario> scenarios) {
        List<TableDate> dates;
        try {
            // the bundled rules have no folder to name, so the linter's internal entry point reads them
            dates = Lint.tableDates(rules.given() ? RuleSetFiles.folder(rules.folder)
                    : RuleSetFiles.bundled(TestCommand.class.getClassLoader()));
        } catch (RuleSetException e) {
            // the engine was built from these files a moment ago; only an edit since then gets here
            err.println("test: the reference tables of " + rules.source() + " cannot be read again to check their "
                    + "dates: " + String.join("; ", e.problems()));
            err.flush();
            return false;
        }
        DateCoverage coverage = DateCoverage.of(dates, scenarios);
        String label = requireDateCoverage ? "test: --require-date-coverage: " : "test: warning: ";
        for (DateCoverage.Gap gap : coverage.gaps()) {
            err.println(label + gap);
        }
        if (!coverage.gaps().isEmpty()) {
            err.println(label + coverage.gaps().size() + " of " + coverage.boundaries()
                    + " table date boundaries lack a scenario on a day next to them");
        }
        err.flush();
        return coverage.gaps().isEmpty();
    }
}
