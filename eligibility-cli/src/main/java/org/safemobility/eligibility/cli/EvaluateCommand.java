package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.report.EligibilityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eligibility evaluate [--as-of DATE] [--pretty] [--jsonl] FILE|-}: screens every applicant
 * of the input and prints one report for each, in input order. An invalid applicant becomes an
 * error object in its place; the others are still evaluated.
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
            "An invalid applicant, or a line that is not well-formed JSON, becomes",
            "an error object in its place, and the others are still reported:",
            "  {\"applicantId\": id or null,",
            "   \"errors\": [{\"field\": ..., \"code\": ..., \"message\": ...}]}",
            "Its errors also go to standard error, by position, id, field path and",
            "code; never by value. A document that is not well-formed JSON (line",
            "and column given), or is neither an object nor an array, prints one",
            "error object with applicantId null.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every applicant was evaluated",
            "1:internal failure (rules or program), or standard output closed early",
            "2:invalid input (error objects in its place) or invalid command line"
        })
final class EvaluateCommand implements Callable<Integer> {

    private static final String STDIN = "-";

    @ParentCommand
    private EligibilityCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = {"Evaluation date of applicants without an",
                "applicationDate (theirs always wins). Default: today."})
    private LocalDate asOf;

    @Option(names = "--pretty",
            description = {"Pretty-print the output. Not allowed with JSON Lines",
                "(exit 2), whose output is one compact object a line."})
    private boolean pretty;

    @Option(names = "--jsonl",
            description = {"Read JSON Lines whatever the file name, for example from -."})
    private boolean jsonl;

    @Parameters(index = "0", paramLabel = "FILE|-",
            description = "The applicants to evaluate; - reads standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        boolean lines = jsonl || (!STDIN.equals(file) && file.toLowerCase(Locale.ROOT).endsWith(".jsonl"));
        if (lines && pretty) {
            throw new ParameterException(spec.commandLine(),
                    "--pretty cannot be used with JSON Lines: the output is one compact JSON object per line");
        }
        Console console = parent.console();
        PrintWriter err = console.err();
        InputStream in;
        if (STDIN.equals(file)) {
            in = console.in();
        } else {
            try {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    err.println("evaluate: cannot read " + file + ": it is a directory");
                    return Main.EXIT_INVALID;
                }
                in = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                err.println("evaluate: cannot read " + file + ": no such file");
                return Main.EXIT_INVALID;
            } catch (AccessDeniedException e) {
                err.println("evaluate: cannot read " + file + ": permission denied");
                return Main.EXIT_INVALID;
            } catch (InvalidPathException e) {
                err.println("evaluate: cannot read " + file + ": not a valid path");
                return Main.EXIT_INVALID;
            }
        }
        try (InputStream input = in == console.in() ? new NonClosingInputStream(in) : in) {
            return lines ? evaluateLines(console, input) : evaluateDocument(console, input);
        }
    }

    // --- JSON Lines ------------------------------------------------------------------------

    private int evaluateLines(Console console, InputStream in) throws IOException {
        EligibilityEngine engine = console.engine();
        LineReader reader = new LineReader(in);
        try (JsonOutput out = JsonOutput.lines(console.out())) {
            BatchEvaluator batch = new BatchEvaluator(engine, asOf, BatchEvaluator.CHUNK_SIZE,
                    new Printer(out, console));
            long lineNumber = 0;
            while (true) {
                if (batch.hasPending() && !reader.ready()) {
                    batch.flush(); // the producer is slow (a pipe): answer what we have so far
                }
                if (console.out().checkError()) {
                    return Main.EXIT_INTERNAL; // standard output was closed (| head): stop quietly
                }
                LineReader.Line line = reader.next();
                if (line == null) {
                    break;
                }
                lineNumber++;
                String position = "line " + lineNumber;
                if (!line.wellEncoded()) {
                    batch.addInvalid(position, List.of(new Violation("", Codes.MALFORMED_JSON,
                            "The input is not well-formed JSON at line " + lineNumber + ", column "
                                    + line.badByteColumn() + ": it is not valid UTF-8.")));
                    continue;
                }
                String text = line.text();
                if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1); // a byte-order mark
                }
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = parseLine(text, lineNumber);
                } catch (SyntaxProblem e) {
                    batch.addInvalid(position, List.of(e.violation));
                    continue;
                }
                batch.add(position, node);
            }
            batch.flush();
            return summary(console, batch);
        }
    }

    /** One line's JSON value; a syntax error is reported with the file's line and the column. */
    private static JsonNode parseLine(String line, long lineNumber) throws IOException, SyntaxProblem {
        try (JsonParser parser = Json.MAPPER.createParser(line)) {
            JsonNode node = Json.MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new SyntaxProblem(new Violation("", Codes.MALFORMED_JSON,
                        "Line " + lineNumber + " holds more than one JSON value (line " + lineNumber
                                + ", column " + parser.currentTokenLocation().getColumnNr() + ")."));
            }
            return node;
        } catch (JsonProcessingException e) {
            Violation v = Json.syntaxViolation(e);
            String what = Codes.DUPLICATE_KEY.equals(v.code())
                    ? "An object holds the same key twice" : "The input is not well-formed JSON";
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new SyntaxProblem(new Violation("", v.code(),
                    what + " at line " + lineNumber + (column > 0 ? ", column " + column : "") + "."));
        }
    }

    /** Input that is not one well-formed JSON value, as a violation with its line and column. */
    private static final class SyntaxProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Violation violation;

        SyntaxProblem(Violation violation) {
            super(violation.message(), null, false, false);
            this.violation = violation;
        }
    }

    // --- one document: an object or an array -------------------------------------------------

    private int evaluateDocument(Console console, InputStream in) throws IOException {
        JsonNode document;
        try {
            document = readDocument(in);
        } catch (SyntaxProblem e) {
            return documentError(console, e.violation);
        }
        if (!document.isObject() && !document.isArray()) {
            return documentError(console, new Violation("", Codes.WRONG_TYPE,
                    "The input must be a JSON object (one applicant) or a JSON array of applicants."));
        }
        EligibilityEngine engine = console.engine();
        try (JsonOutput out = JsonOutput.document(console.out(), pretty)) {
            Printer printer = new Printer(out, console);
            if (document.isObject()) {
                BatchEvaluator batch = new BatchEvaluator(engine, asOf, 1, printer);
                batch.add("applicant", document);
                batch.flush();
                return summary(console, batch);
            }
            BatchEvaluator batch = new BatchEvaluator(engine, asOf, BatchEvaluator.CHUNK_SIZE, printer);
            out.startArray();
            for (int i = 0; i < document.size(); i++) {
                batch.add("applicant [" + i + "]", document.get(i));
            }
            batch.flush();
            out.endArray();
            return summary(console, batch);
        }
    }

    /** Reads exactly one JSON value, rejecting duplicate keys and trailing content. */
    private static JsonNode readDocument(InputStream in) throws IOException, SyntaxProblem {
        try (JsonParser parser = Json.MAPPER.createParser(in)) {
            JsonNode node = Json.MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new SyntaxProblem(new Violation("", Codes.MALFORMED_JSON, "The input holds no JSON value."));
            }
            if (parser.nextToken() != null) {
                var at = parser.currentTokenLocation();
                throw new SyntaxProblem(new Violation("", Codes.MALFORMED_JSON,
                        "The input holds more than one JSON value: another starts at line " + at.getLineNr()
                                + ", column " + at.getColumnNr() + "."));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SyntaxProblem(Json.syntaxViolation(e));
        }
    }

    private int documentError(Console console, Violation violation) throws IOException {
        try (JsonOutput out = JsonOutput.document(console.out(), pretty)) {
            out.error(null, List.of(violation));
        }
        describe(console.err(), "input", null, List.of(violation));
        return Main.EXIT_INVALID;
    }

    // --- results ---------------------------------------------------------------------------

    /** Prints results to standard output, and the errors of invalid ones to standard error too. */
    private static final class Printer implements BatchEvaluator.Sink {
        private final JsonOutput out;
        private final Console console;

        Printer(JsonOutput out, Console console) {
            this.out = out;
            this.console = console;
        }

        @Override
        public void report(BatchEvaluator.Entry entry, EligibilityReport report) throws IOException {
            out.report(report);
        }

        @Override
        public void invalid(BatchEvaluator.Entry entry) throws IOException {
            out.error(entry.applicantId(), entry.violations());
            describe(console.err(), entry.position(), entry.applicantId(), entry.violations());
        }

        @Override
        public void endOfChunk() throws IOException {
            out.flush();
        }
    }

    /** {@code evaluate: line 7 (id smo-gt-0001): nationalities[0] lower-case-country: ...}; no values. */
    private static void describe(PrintWriter err, String position, String applicantId, List<Violation> violations) {
        String who = "evaluate: " + position + (applicantId == null ? "" : " (id " + applicantId + ")") + ": ";
        for (Violation v : violations) {
            err.println(who + (v.field().isEmpty() ? "(document)" : v.field()) + " " + v.code() + ": " + v.message());
        }
        err.flush();
    }

    private static int summary(Console console, BatchEvaluator batch) {
        if (batch.invalid() == 0) {
            return 0;
        }
        console.err().println("evaluate: " + batch.invalid() + " of " + (batch.invalid() + batch.evaluated())
                + " applicants invalid; each is an error object in its place");
        console.err().flush();
        return Main.EXIT_INVALID;
    }
}
