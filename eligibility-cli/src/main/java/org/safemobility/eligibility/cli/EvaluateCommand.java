package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eligibility evaluate [--rules DIR] [--as-of DATE] [--format report|summary|csv] [--pretty]
 * [--jsonl] FILE|-}: screens every applicant of the input and prints one report (or summary) for
 * each, in input order. An invalid applicant becomes an error object (or error row) in its place;
 * the others are still evaluated.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        headerHeading = "%n",
        header = "Screen applicants and print one eligibility report for each.",
        description = {
            "",
            "Input is one of:",
            "- one JSON object, an applicant: prints one report;",
            "- a JSON array of applicants: prints an array of reports, same order;",
            "- JSON Lines (FILE ends in .jsonl, or --jsonl): one applicant a line;",
            "  prints one compact report a line as it goes, in constant memory.",
            "  Blank lines are skipped but counted in line numbers.",
            "",
            "--format summary prints, in place of each report, one compact line:",
            "  {\"applicantId\", \"evaluationDate\", \"rulesetVersion\", \"access\",",
            "   \"REFUGEE_RESETTLEMENT\", \"FAMILY_REUNIFICATION_PAROLE\",",
            "   \"CENTRAL_AMERICAN_MINORS\", \"H1B\", \"H2A\", \"H2B\",",
            "   \"missingFields\": [field paths]}",
            "(a status each; no reasons, so no language). --format csv prints the",
            "same columns as CSV, a header first, plus \"errors\" (field:code;...) for",
            "an applicant that has no summary, whatever the input's shape.",
            "",
            "An invalid applicant, or a line that is not well-formed JSON, becomes",
            "an error object in its place, and the others are still reported:",
            "  {\"applicantId\": id or null,",
            "   \"errors\": [{\"field\": ..., \"code\": ..., \"message\": ...}]}",
            "Its errors also go to standard error, by position, id, field path and",
            "code; never by value: the first 20 lines, then a count of the rest.",
            "A document that is not well-formed JSON (line",
            "and column given), or is neither an object nor an array, prints one",
            "error object with applicantId null.",
            "",
            "Limits: one applicant (a line, an array element, a document) takes at",
            "most 262,144 characters, a string 4,096; a larger one is an error",
            "object (too-large) in its place. A document is at most 16 MiB; use",
            "JSON Lines for larger batches.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every applicant was evaluated",
            "1:internal failure (rules or program; an applicant the rules fail on is an error object, "
                    + "evaluation-failed, in its place), standard output closed early, or the rules of --rules "
                    + "do not build (their problems on standard error; nothing is read or printed)",
            "2:invalid input (error objects in its place), invalid command line, or DIR is not a folder"
        })
final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    private EligibilityCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private BatchOptions options;

    /** What each applicant gets. */
    enum Format {
        report, summary, csv
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "report",
            description = {"${COMPLETION-CANDIDATES}. report (default): the full",
                "report, reasons and citations; summary: statuses and",
                "missing fields, one short JSON line each, and no",
                "reason worded (about 1.7 times as fast); csv: the",
                "summaries as CSV."})
    private Format format;

    @Option(names = "--pretty",
            description = {"Pretty-print the output. Not allowed with JSON Lines",
                "(exit 2), whose output is one compact object a line."})
    private boolean pretty;

    @Override
    public Integer call() throws IOException {
        if (options.jsonLines() && pretty) {
            throw new ParameterException(spec.commandLine(),
                    "--pretty cannot be used with JSON Lines: the output is one compact JSON object per line");
        }
        if (format == Format.csv && pretty) {
            throw new ParameterException(spec.commandLine(), "--pretty cannot be used with --format csv");
        }
        BatchRun.Output output = format == Format.csv ? BatchRun.Output.CSV
                : pretty ? BatchRun.Output.PRETTY_JSON : BatchRun.Output.JSON;
        BatchEvaluator.Answer answer = format == Format.report ? BatchEvaluator.Answer.REPORT
                : BatchEvaluator.Answer.SUMMARY;
        return options.run(parent.console(), spec, new BatchRun.Naming("evaluate", "applicant", "applicants"),
                answer, output);
    }
}
