package org.safemobility.eligibility.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.mutate.BaselineException;
import org.safemobility.eligibility.authoring.mutate.MutationOperator;
import org.safemobility.eligibility.authoring.mutate.MutationReport;
import org.safemobility.eligibility.authoring.mutate.MutationTesting;
import org.safemobility.eligibility.authoring.mutate.ScenarioJudge;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eligibility mutate [--rules DIR] [--operators LIST] [--sample N --seed S] [--format
 * text|json] [--min-score P] SCENARIO_DIR...}: the mutation score of scenario files, with the
 * mutation tester of {@code eligibility-authoring}.
 */
@Command(
        name = "mutate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        headerHeading = "%n",
        header = "Measure how many small bugs in the rules the scenario files catch (mutation score).",
        description = {
            "",
            "Makes mutants of the rules: copies with exactly one small change in a",
            "rule's condition or consequence (and/or swapped, a not dropped,",
            "isTrue/isFalse swapped, a date or number comparison turned, a !",
            "removed, == and != swapped, a < or > boundary moved, an integer",
            "moved by one, an argument dropped from isAnyOf or containsAnyOf,",
            "met/notMet swapped) or in a reference table (a row dropped, a date",
            "moved by a day, a number by one). Strings and comments are never",
            "changed. Each mutant is linted and compiled like a rules folder (a",
            "second or two each, on up to four threads); one the linter or the",
            "compiler refuses is 'not compiling' and left out of the score. The",
            "scenarios of SCENARIO_DIR run on each other mutant: it is killed",
            "when a scenario fails, or when its engine breaks (killed by error).",
            "",
            "The scenarios must pass on the unmutated rules first. Prints the",
            "counts, the score (killed / compiling), a table by operator and",
            "every survivor as file:line:column operator original -> replacement",
            "(text), or all of it and every mutant's verdict (json). A full run",
            "on the bundled rules takes minutes: --sample and --operators make",
            "short runs. With --verbose, each verdict is printed on standard",
            "error as it comes.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run completed (with --min-score: and the score reached it)",
            "1:the score is below --min-score; the rules do not build or the scenarios fail on the unmutated "
                    + "rules (on standard error); or an internal failure",
            "2:invalid command line (an unknown operator, a bad number), DIR or a SCENARIO_DIR does not exist, "
                    + "no scenario file found, or a scenario file breaks the format"
        })
final class MutateCommand implements Callable<Integer> {

    @ParentCommand
    private EligibilityCommand parent;

    @Mixin
    private RulesOption rules;

    @Option(names = "--operators", paramLabel = "LIST",
            description = "Only these operators, comma separated: drl, table (the two families) or any of "
                    + "and-or, drop-not, true-false, met-not-met, date-order, date-boundary, number-comparison, "
                    + "drop-negation, equals-not-equals, relational-boundary, integer-literal, drop-argument, "
                    + "table-drop-row, table-date-shift, table-number. Default: all.")
    private String operators;

    @Option(names = "--sample", paramLabel = "N", description = "Run only N mutants, drawn at random with --seed.")
    private Integer sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed of --sample: the same seed draws the same mutants. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Build and judge N mutants at once. Default: the processors, at most 4.")
    private Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--min-score", paramLabel = "P",
            description = "Exit 1 when the score is below P percent (0 to 100).")
    private Double minScore;

    @Option(names = "--verbose", description = "Print each mutant's verdict on standard error as it comes.")
    private boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO_DIR",
            description = "A folder of scenario files (searched with its sub-folders), or one scenario file.")
    private List<Path> paths;

    @Override
    public Integer call() {
        Console console = parent.console();
        PrintWriter err = console.err();
        String problem = badArguments();
        if (problem != null) {
            err.println("mutate: " + problem);
            err.flush();
            return Main.EXIT_INVALID;
        }
        if (!rules.usable(console, "mutate")) {
            return Main.EXIT_INVALID;
        }
        List<Scenario> scenarios = ScenarioPaths.read("mutate", paths, err);
        if (scenarios == null) {
            return Main.EXIT_INVALID;
        }
        MutationTesting testing;
        try {
            testing = rules.given() ? MutationTesting.ofFolder(rules.folder) : MutationTesting.ofBundledRules();
        } catch (RuleSetException e) {
            rules.describe(err, "mutate", e);
            return Main.EXIT_FINDINGS;
        }
        if (operators != null) {
            testing.operators(MutationOperator.parse(operators));
        }
        if (sample != null) {
            testing.sample(sample, seed);
        }
        if (threads != null) {
            testing.threads(threads);
        }
        if (verbose) {
            int total = testing.mutants().size();
            AtomicInteger done = new AtomicInteger();
            testing.onResult(r -> {
                synchronized (err) {
                    err.println("mutate: " + done.incrementAndGet() + "/" + total + " " + r.mutant().id() + " "
                            + r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + r.mutant().describe());
                    err.flush();
                }
            });
        }
        String judged = "the " + scenarios.size() + " scenarios in " + String.join(", ", paths.stream().map(Path::toString).toList());
        MutationReport report;
        try {
            report = testing.run(ScenarioJudge.of(scenarios), judged);
        } catch (BaselineException e) {
            // the unmutated rules do not build, or the scenarios fail on them: nothing to measure
            err.println("mutate: " + e.getMessage());
            err.flush();
            return Main.EXIT_FINDINGS;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
        out.print(format.equals("json") ? report.toJson() : report.toText());
        out.flush();
        if (minScore != null && report.score() * 100 < minScore) {
            err.println(String.format(Locale.ROOT, "mutate: --min-score: the score %.1f%% is below %s%%",
                    report.score() * 100, minScore));
            err.flush();
            return Main.EXIT_FINDINGS;
        }
        return 0;
    }

    /** What is wrong with the options, or null. */
    private String badArguments() {
        if (!format.equals("text") && !format.equals("json")) {
            return "--format " + format + ": must be text or json";
        }
        if (sample != null && sample < 1) {
            return "--sample " + sample + ": must be 1 or more";
        }
        if (threads != null && threads < 1) {
            return "--threads " + threads + ": must be 1 or more";
        }
        if (minScore != null && (minScore < 0 || minScore > 100 || minScore.isNaN())) {
            return "--min-score " + minScore + ": must be a percentage from 0 to 100";
        }
        if (operators != null) {
            try {
                MutationOperator.parse(operators);
            } catch (IllegalArgumentException e) {
                return "--operators: " + e.getMessage();
            }
        }
        return null;
    }
}
