package org.safemobility.eligibility.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.authoring.diff.ImpactDiff;
import org.safemobility.eligibility.authoring.diff.ImpactJson;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import org.safemobility.eligibility.internal.Limits;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code eligibility diff --old DIR --new DIR (--population FILE | --generate N --seed S)}: screens
 * the same applicants under two rule sets and prints who moved between statuses, per scope, and
 * the first changed applicants with the criteria that moved them. The work is
 * {@link ImpactDiff}'s; this class reads the command line, builds the engines, feeds the applicants
 * and prints.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        headerHeading = "%n",
        header = "Compare two rule sets over the same applicants: who moves, and why.",
        description = {
            "",
            "Screens every applicant under the old and the new rules, with the same",
            "evaluation date, and prints:",
            "- per scope (ACCESS, then each pathway), status totals before and after",
            "  and how many applicants moved between each pair of statuses;",
            "- per criterion, how many applicants' outcome moved (with or without a",
            "  status move); the moves by office and by nationality; how many gain",
            "  and how many lose a pathway (some pathway's status improves / worsens);",
            "- the table rows the edit added, removed or changed (file, old and new",
            "  line) and how many applicants reach each, with a WARNING when none",
            "  reaches any: the population then cannot show the edit's impact;",
            "- the K most severe changed applicants (--show): a lost ELIGIBLE first,",
            "  then other losses, gains, criterion-only changes; each with its input,",
            "  status changes and changed criteria, old and new, with reasons.",
            "An applicant is changed when any status or any criterion's outcome",
            "differs. Criteria of a petition or job offer are matched by the one",
            "the report shows (usRelatives[1]); when the new rules show another,",
            "the old one's criteria are 'absent' in the new report and the other way",
            "round.",
            "",
            "Rules: DIR is a rules folder (see docs/rules-authoring.md), compiled",
            "when read, a few seconds; the word bundled means the rules built into",
            "this program (write ./bundled for a folder of that name). --old may be",
            "left out: it is bundled then.",
            "",
            "Applicants: --population FILE reads JSON Lines, one applicant a line",
            "(- reads standard input). A line that is not a valid applicant is",
            "skipped and counted, and named on standard error by line number, field",
            "path and code, never by value. Or --generate N --seed S draws N valid,",
            "synthetic applicants from the testkit's generator (the one the property",
            "tests use): the same N and S give the same applicants every time.",
            "",
            "--format csv prints one table (section,scope,item,old,new,count) and",
            "--format html one self-contained page with charts; both, and every",
            "field, are described in docs/rules-authoring.md (Impact report).",
            "--format json prints one JSON document (abridged here):",
            "  {\"old\": {\"rules\", \"rulesetVersion\"}, \"new\": {...}, \"asOf\",",
            "   \"population\": {\"source\" (FILE or \"generated\"), \"seed\" (generated),",
            "     \"size\", \"compared\", \"changed\", \"invalid\", \"failed\"},",
            "   \"scopes\": [{\"scope\", \"unchanged\", \"moved\",",
            "     \"moves\": [{\"from\", \"to\", \"count\"}] (non-zero, status changed),",
            "     \"transitions\": [{\"from\", \"to\", \"count\"}] (all nine pairs)}],",
            "   \"changedApplicants\": [{\"applicantId\",",
            "     \"statusChanges\": [{\"scope\", \"old\", \"new\"}],",
            "     \"criterionChanges\": [{\"scope\", \"criterion\", \"candidate\" (or null),",
            "       \"old\": {\"outcome\", \"reason\"} (null when absent), \"new\": ...}]}],",
            "   \"failures\": [messages of rule failures]}",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the applicants were compared, whether or not any changed; invalid ones are skipped and counted",
            "1:a rule set does not build (each problem printed as file:line: code: message), the rules failed on "
                + "some applicants (left out of the counts, the failures named), or an internal failure",
            "2:invalid command line: a missing or contradictory option, a rules folder or file that cannot be read, "
                + "a malformed date"
        })
final class DiffCommand implements Callable<Integer> {

    /** The word that names the rules built into this program. */
    static final String BUNDLED = "bundled";

    private static final String STDIN = "-";

    /** The most applicants {@code --generate} draws: about an hour of screening. */
    static final long MAX_GENERATE = 100_000_000L;

    enum Format { TEXT, JSON, CSV, HTML }

    /** {@code text}, {@code json}, {@code csv} or {@code html}, in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a format: use text, json, csv or html");
            }
        }
    }

    @ParentCommand
    private EligibilityCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--old", paramLabel = "DIR|bundled", defaultValue = BUNDLED,
            description = "The rules as they are: a rules folder, or bundled. Default: bundled.")
    private String oldRules;

    @Option(names = "--new", paramLabel = "DIR|bundled", required = true,
            description = "The rules as edited: a rules folder, or bundled.")
    private String newRules;

    @Option(names = "--population", paramLabel = "FILE|-",
            description = "The applicants, as JSON Lines; - reads standard input. Not with --generate.")
    private String population;

    @Option(names = "--generate", paramLabel = "N",
            description = "Compare N generated applicants instead, from 1 to 100,000,000; needs --seed.")
    private Long generate;

    @Option(names = "--seed", paramLabel = "S",
            description = "The seed of the generated applicants (a whole number).")
    private Long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = "Evaluation date of applicants without an applicationDate (theirs always wins), "
                    + "under both rule sets. Default: today.")
    private LocalDate asOf;

    @Option(names = "--show", paramLabel = "K", defaultValue = "10",
            description = "How many changed applicants to show in full, the most severe (input order within one "
                    + "severity); 0 shows "
                    + "only the counts. Default: 10.")
    private int show;

    @Option(names = "--format", paramLabel = "text|json|csv|html", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Text for people (default), one JSON document, one CSV table for spreadsheets, or one "
                    + "self-contained HTML page with charts (best with --output).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Option(names = "--export-population", paramLabel = "FILE",
            description = "Also write every applicant compared or generated to FILE, as JSON Lines that "
                    + "evaluate and diff --population read: to keep a generated population.")
    private Path exportPopulation;

    @Override
    public Integer call() throws IOException {
        checkUsage();
        Console console = parent.console();
        PrintWriter err = console.err();
        Integer unreadable = checkFolder(err, "--old", oldRules);
        if (unreadable == null) {
            unreadable = checkFolder(err, "--new", newRules);
        }
        if (unreadable == null && population != null && !STDIN.equals(population)) {
            unreadable = checkFile(err, population);
        }
        if (unreadable == null) {
            unreadable = checkWritable(err, "--output", output);
        }
        if (unreadable == null) {
            unreadable = checkWritable(err, "--export-population", exportPopulation);
        }
        if (unreadable != null) {
            return unreadable;
        }

        DiffEngines engines = DiffEngines.build(console, oldRules, newRules);
        if (engines == null) {
            return Main.EXIT_INTERNAL;
        }

        ImpactDiff diff = ImpactDiff.between(engines.before(), engines.after())
                .asOf(asOf != null ? asOf : LocalDate.now())
                .examples(show)
                .threads(THREADS)
                .tables(engines.oldTables(), engines.newTables())
                .build();
        ImpactDiff.Comparison comparison = diff.start();
        try (PopulationExport export = PopulationExport.open(exportPopulation)) {
            if (population != null) {
                try (InputStream in = STDIN.equals(population) ? new NonClosingInputStream(console.in())
                        : Files.newInputStream(Path.of(population))) {
                    readLines(in, comparison, export, err);
                }
            } else {
                GeneratedApplicants.generate(generate, seed, List.of(engines.before(), engines.after()), a -> {
                    export.write(a);
                    comparison.add(a);
                });
            }
        }
        ImpactReport impact = comparison.finish();

        ImpactJson.Sources sources = new ImpactJson.Sources(oldRules, newRules, population,
                generate == null ? 0 : generate, seed == null ? 0 : seed);
        try (OutputStream target = output == null ? new NonClosingOutputStream(console.out())
                : new BufferedOutputStream(Files.newOutputStream(output))) {
            print(target, sources, impact);
        }
        if (output != null) {
            err.println("diff: the " + format.name().toLowerCase(Locale.ROOT) + " report is in " + output);
        }
        return summary(err, impact);
    }

    /** Threads that generate and screen: both cores of a small machine, at most four. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private void print(OutputStream target, ImpactJson.Sources sources, ImpactReport impact) throws IOException {
        if (format == Format.JSON) {
            ImpactJson.write(target, sources, impact);
            return;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        switch (format) {
            case CSV -> ImpactCsv.write(out, impact);
            case HTML -> ImpactHtml.write(out, sources, impact);
            default -> ImpactOutput.text(out, sources, impact);
        }
        out.flush();
    }

    /** A file to write that cannot be: exit 2 with a message, or {@code null} when it can be tried. */
    private static Integer checkWritable(PrintWriter err, String option, Path file) {
        if (file == null) {
            return null;
        }
        Path parent = file.toAbsolutePath().getParent();
        String problem = Files.isDirectory(file) ? "it is a directory"
                : parent != null && !Files.isDirectory(parent) ? "no such folder: " + parent
                : Files.exists(file) && !Files.isWritable(file) ? "permission denied" : null;
        if (problem == null) {
            return null;
        }
        err.println("diff: " + option + " " + file + ": cannot write: " + problem);
        err.flush();
        return Main.EXIT_INVALID;
    }

    /** Options that are missing, contradictory or out of range: a usage error, exit 2. */
    private void checkUsage() {
        if (population != null && (generate != null || seed != null)) {
            throw usage("--population cannot be used with --generate or --seed: compare a file or generated applicants");
        }
        if (population == null && generate == null) {
            throw usage(seed != null ? "--seed needs --generate N"
                    : "diff needs applicants: --population FILE, or --generate N --seed S");
        }
        if (generate != null && seed == null) {
            throw usage("--generate needs --seed S, so that the same applicants can be drawn again");
        }
        if (generate != null && (generate < 1 || generate > MAX_GENERATE)) {
            throw usage("--generate must be from 1 to " + MAX_GENERATE + ", got " + generate);
        }
        if (show < 0) {
            throw usage("--show must be 0 or more, got " + show);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** A rules folder that is not one: exit 2 with a message, or {@code null} when it is fine. */
    private static Integer checkFolder(PrintWriter err, String option, String rules) {
        if (BUNDLED.equals(rules)) {
            return null;
        }
        try {
            if (Files.isDirectory(Path.of(rules))) {
                return null;
            }
            err.println("diff: " + option + " " + rules + ": " + (Files.exists(Path.of(rules))
                    ? "not a folder" : "no such folder") + " (a rules folder, or the word " + BUNDLED + ")");
        } catch (InvalidPathException e) {
            err.println("diff: " + option + " " + rules + ": not a valid path");
        }
        err.flush();
        return Main.EXIT_INVALID;
    }

    private static Integer checkFile(PrintWriter err, String file) {
        String problem;
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                problem = "it is a directory";
            } else if (!Files.exists(path)) {
                problem = "no such file";
            } else if (!Files.isReadable(path)) {
                problem = "permission denied";
            } else {
                return null;
            }
        } catch (InvalidPathException e) {
            problem = "not a valid path";
        }
        err.println("diff: cannot read " + file + ": " + problem);
        err.flush();
        return Main.EXIT_INVALID;
    }

    /**
     * Feeds every line to the comparison; a line that is not a valid applicant is skipped and named
     * on standard error (the first {@link Diagnostics#SHOWN} such lines; the rest are counted, and
     * the summary counts them all).
     */
    private static void readLines(InputStream in, ImpactDiff.Comparison comparison, PopulationExport export,
                                  PrintWriter stderr) throws IOException {
        Diagnostics err = new Diagnostics(stderr, "diff");
        // a character takes at most 4 bytes in UTF-8: a line within the limit always fits
        LineReader reader = new LineReader(in, 4 * Limits.MAX_APPLICANT_CHARS);
        long lineNumber = 0;
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lineNumber++;
            if (line.tooLong() || !line.wellEncoded()) {
                comparison.skipUnreadable();
                err.println("diff: line " + lineNumber + " skipped: " + (line.tooLong()
                        ? "longer than " + Limits.MAX_APPLICANT_CHARS + " characters" : "not valid UTF-8"));
                continue;
            }
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            List<Violation> violations;
            try {
                Applicant applicant = EligibilityJson.readApplicant(text);
                violations = comparison.add(applicant);
                if (violations.isEmpty()) {
                    export.write(applicant);
                }
            } catch (InvalidApplicantException e) {
                comparison.skipUnreadable();
                violations = e.violations();
            }
            if (!violations.isEmpty()) {
                err.println("diff: line " + lineNumber + " skipped, not a valid applicant: " + describe(violations));
            }
        }
        err.finish("the count of skipped applicants follows");
    }

    /** {@code dateOfBirth after-evaluation-date, office missing}: field paths and codes, never values. */
    private static String describe(List<Violation> violations) {
        String shown = violations.stream().limit(3)
                .map(v -> (v.field().isEmpty() ? "(line)" : v.field()) + " " + v.code())
                .collect(Collectors.joining(", "));
        return violations.size() > 3 ? shown + " and " + (violations.size() - 3) + " more" : shown;
    }

    private static int summary(PrintWriter err, ImpactReport impact) {
        long size = impact.compared() + impact.invalid() + impact.failed();
        if (impact.invalid() > 0) {
            err.println("diff: " + impact.invalid() + " of " + size + " applicants skipped as invalid, not compared");
        }
        if (impact.failed() > 0) {
            err.println("diff: the rules failed on " + impact.failed() + " of " + size
                    + " applicants, left out of the counts:");
            for (String failure : impact.failures()) {
                err.println("  " + failure);
            }
        }
        err.flush();
        return impact.failed() > 0 ? Main.EXIT_INTERNAL : 0;
    }
}
