package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.internal.Limits;
import org.safemobility.eligibility.cli.BatchEvaluator.Job;
import org.safemobility.eligibility.cli.BatchEvaluator.Unreadable;

/**
 * The input and output of a command that answers each applicant of a file ({@code evaluate}: a
 * report; {@code questions}: the next questions): reads one JSON document (an object or an array)
 * or JSON Lines within the {@link Limits}, runs every input through a {@link BatchEvaluator}, and
 * prints one answer per input in input order, an error object in the place of each invalid one,
 * whose errors also go to standard error by position, id, field path and code, never by value:
 * the first {@link Diagnostics#SHOWN} lines there, then a count of the rest, while standard output
 * keeps every error object.
 */
final class BatchRun {

    /** The file name that means standard input. */
    static final String STDIN = "-";

    /**
     * The most one JSON document (an object or an array) may take: it is read whole before any
     * result is printed, so that a malformed document prints one error and nothing else. JSON
     * Lines has no such limit: it holds one chunk at a time.
     */
    static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    /** The end of the line that counts the diagnostics not shown on standard error. */
    private static final String WHERE_ERRORS_ARE = "every error object is on standard output";

    /**
     * Reads documents within the document limit only, so that an element of an array that breaks a
     * smaller limit (a long string, deep nesting) is rejected on its own, after it is read
     * ({@link Json#limitViolation}), and the other elements are still evaluated.
     */
    private static final ObjectMapper DOCUMENTS = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) MAX_DOCUMENT_BYTES)
                    .maxNameLength((int) MAX_DOCUMENT_BYTES)
                    .maxNumberLength(1_000)
                    .maxNestingDepth(1_000)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();


    /**
     * How a command names itself and its inputs in messages.
     *
     * @param command the command, first word of every message ({@code evaluate})
     * @param one     one input ({@code applicant}), also its position in a document ({@code applicant [3]})
     * @param many    inputs ({@code applicants})
     */
    record Naming(String command, String one, String many) {
    }

    /** How answers are printed. */
    enum Output {
        /** Compact JSON: one document, or one object a line for JSON Lines. */
        JSON,
        /** Indented JSON; one document only. */
        PRETTY_JSON,
        /** CSV of summaries, a header then one row per input, whatever the input's shape. */
        CSV
    }

    private final Console console;
    private final Naming naming;
    private final Job job;
    private final boolean pretty;
    private final boolean csv;
    private final Diagnostics diagnostics;

    BatchRun(Console console, Naming naming, Job job, Output output) {
        this.console = console;
        this.naming = naming;
        this.job = job;
        this.pretty = output == Output.PRETTY_JSON;
        this.csv = output == Output.CSV;
        if (csv && job.answer() != BatchEvaluator.Answer.SUMMARY) {
            throw new IllegalArgumentException("CSV holds summaries only");
        }
        this.diagnostics = new Diagnostics(console.err(), naming.command());
    }

    /** True when {@code file} is read as JSON Lines: {@code --jsonl} given, or its name ends in {@code .jsonl}. */
    static boolean jsonLines(String file, boolean jsonl) {
        return jsonl || (!STDIN.equals(file) && file.toLowerCase(Locale.ROOT).endsWith(".jsonl"));
    }

    /**
     * Reads {@code file} ({@code -}: standard input), as JSON Lines when {@code lines}, and prints
     * the answers; returns the exit code.
     */
    int run(String file, boolean lines) throws IOException {
        PrintWriter err = console.err();
        InputStream in;
        if (STDIN.equals(file)) {
            in = console.in();
        } else {
            try {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    err.println(naming.command() + ": cannot read " + file + ": it is a directory");
                    return Main.EXIT_INVALID;
                }
                in = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                err.println(naming.command() + ": cannot read " + file + ": no such file");
                return Main.EXIT_INVALID;
            } catch (AccessDeniedException e) {
                err.println(naming.command() + ": cannot read " + file + ": permission denied");
                return Main.EXIT_INVALID;
            } catch (InvalidPathException e) {
                err.println(naming.command() + ": cannot read " + file + ": not a valid path");
                return Main.EXIT_INVALID;
            }
        }
        try (InputStream input = in == console.in() ? new NonClosingInputStream(in) : in) {
            return lines ? runLines(input) : runDocument(input);
        }
    }

    // --- JSON Lines ------------------------------------------------------------------------

    private int runLines(InputStream in) throws IOException {
        // a character takes at most 4 bytes in UTF-8: a line within the limit always fits
        LineReader reader = new LineReader(in, 4 * Limits.MAX_APPLICANT_CHARS);
        BatchEvaluator<ByteArrayOutputStream> batch = new BatchEvaluator<>(job,
                BatchEvaluator.CHUNK_SIZE, new LinePrinter());
        if (csv) {
            writeCsv(CsvOutput::header);
        }
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
            if (line.tooLong()) {
                batch.addInvalid(position, List.of(tooLong("Line " + lineNumber)));
                continue;
            }
            if (!line.wellEncoded()) {
                batch.addInvalid(position, List.of(new Violation("", Codes.MALFORMED_JSON,
                        "The input is not well-formed JSON at line " + lineNumber + ", column "
                                + line.badByteColumn() + ": it is not valid UTF-8.")));
                continue;
            }
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            if (text.length() > Limits.MAX_APPLICANT_CHARS) {
                batch.addInvalid(position, List.of(tooLong("Line " + lineNumber)));
                continue;
            }
            long number = lineNumber;
            batch.add(position, new BatchEvaluator.Source() { // read on a worker
                @Override
                public JsonNode json() throws Unreadable {
                    return parseLine(text, number);
                }

                @Override
                public String text() {
                    return text;
                }
            });
        }
        batch.flush();
        return summary(batch);
    }

    /**
     * One line's JSON value; a syntax error is reported with the file's line and the column. Runs
     * on a worker thread.
     */
    private static JsonNode parseLine(String line, long lineNumber) throws Unreadable {
        try (JsonParser parser = Json.INPUT.createParser(line)) {
            JsonNode node = Json.INPUT.readTree(parser);
            if (parser.nextToken() != null) {
                throw new Unreadable(new Violation("", Codes.MALFORMED_JSON,
                        "Line " + lineNumber + " holds more than one JSON value (line " + lineNumber
                                + ", column " + parser.currentTokenLocation().getColumnNr() + ")."));
            }
            return node;
        } catch (JsonProcessingException e) {
            Violation v = Json.syntaxViolation(e);
            if (Codes.TOO_LARGE.equals(v.code())) {
                throw new Unreadable(new Violation("", v.code(), "Line " + lineNumber + ": " + v.message()));
            }
            String what = Codes.DUPLICATE_KEY.equals(v.code())
                    ? "An object holds the same key twice" : "The input is not well-formed JSON";
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new Unreadable(new Violation("", v.code(),
                    what + " at line " + lineNumber + (column > 0 ? ", column " + column : "") + "."));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is read from memory: not expected
        }
    }

    private static Violation tooLong(String what) {
        return new Violation("", Codes.TOO_LARGE, what + " is longer than " + Limits.MAX_APPLICANT_CHARS
                + " characters, the most one applicant may take.");
    }

    // --- one document: an object or an array -------------------------------------------------

    private int runDocument(InputStream in) throws IOException {
        Document document;
        try {
            document = readDocument(in);
        } catch (Unreadable e) {
            return documentError(e.violations().get(0));
        }
        if (!document.array() && !document.single().isObject()) {
            return documentError(new Violation("", Codes.WRONG_TYPE, "The input must be a JSON object (one "
                    + naming.one() + ") or a JSON array of " + naming.many() + "."));
        }
        if (csv) {
            writeCsv(CsvOutput::header);
            BatchEvaluator<ByteArrayOutputStream> batch = new BatchEvaluator<>(job,
                    document.array() ? BatchEvaluator.CHUNK_SIZE : 1, new LinePrinter());
            add(batch, document);
            batch.flush();
            return summary(batch);
        }
        try (JsonOutput out = JsonOutput.document(console.out(), pretty)) {
            DocumentPrinter printer = new DocumentPrinter(out);
            if (!document.array()) {
                BatchEvaluator<Void> batch = new BatchEvaluator<>(job, 1, printer);
                batch.add(naming.one(), document.single());
                batch.flush();
                return summary(batch);
            }
            BatchEvaluator<Void> batch = new BatchEvaluator<>(job, BatchEvaluator.CHUNK_SIZE, printer);
            out.startArray();
            add(batch, document);
            batch.flush();
            out.endArray();
            return summary(batch);
        }
    }

    /** Queues the document's object, or every element of its array, by position. */
    private void add(BatchEvaluator<?> batch, Document document) throws IOException {
        if (!document.array()) {
            batch.add(naming.one(), document.single());
            return;
        }
        for (int i = 0; i < document.elements().size(); i++) {
            Object element = document.elements().get(i);
            if (element instanceof JsonNode node) {
                batch.add(naming.one() + " [" + i + "]", node);
            } else {
                batch.addInvalid(naming.one() + " [" + i + "]", List.of((Violation) element));
            }
        }
    }

    /**
     * One document: an object or other single value, or an array whose elements are each a tree or,
     * when larger than one applicant may be, the violation that says so.
     */
    private record Document(JsonNode single, List<Object> elements) {
        boolean array() {
            return elements != null;
        }
    }

    /**
     * Reads exactly one JSON value, rejecting duplicate keys, trailing content, and anything beyond
     * the {@link Limits} (a document of more than {@link #MAX_DOCUMENT_BYTES}, an array element of
     * more than one applicant's size, a string, a number or nesting beyond theirs).
     */
    private static Document readDocument(InputStream in) throws IOException, Unreadable {
        try (JsonParser parser = DOCUMENTS.createParser(in)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new Unreadable(new Violation("", Codes.MALFORMED_JSON, "The input holds no JSON value."));
                }
                Document document;
                if (first == JsonToken.START_ARRAY) {
                    List<Object> elements = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        long from = parser.currentTokenLocation().getByteOffset();
                        JsonNode element = DOCUMENTS.readTree(parser);
                        long to = parser.currentLocation().getByteOffset();
                        Violation broken = to - from > Limits.MAX_APPLICANT_CHARS
                                ? tooLong("Element " + elements.size() + " of the array") : Json.limitViolation(element);
                        elements.add(broken != null ? broken : element);
                    }
                    document = new Document(null, elements);
                } else {
                    JsonNode single = DOCUMENTS.readTree(parser);
                    Violation broken = single == null ? null : Json.limitViolation(single);
                    if (broken != null || parser.currentLocation().getByteOffset() > Limits.MAX_APPLICANT_CHARS) {
                        throw new Unreadable(broken != null ? broken : tooLong("The input"));
                    }
                    document = new Document(single == null ? NullNode.getInstance() : single, null);
                }
                if (parser.nextToken() != null) {
                    var at = parser.currentTokenLocation();
                    throw new Unreadable(new Violation("", Codes.MALFORMED_JSON,
                            "The input holds more than one JSON value: another starts at line " + at.getLineNr()
                                    + ", column " + at.getColumnNr() + "."));
                }
                return document;
            } catch (JsonProcessingException e) {
                Violation v = Json.syntaxViolation(e, parser);
                if (Codes.TOO_LARGE.equals(v.code()) && e.getOriginalMessage() != null
                        && e.getOriginalMessage().contains("getMaxDocumentLength")) {
                    v = new Violation("", Codes.TOO_LARGE, "The input is larger than " + MAX_DOCUMENT_BYTES
                            + " bytes, the most one JSON document may be; use JSON Lines for larger batches.");
                }
                throw new Unreadable(v);
            }
        } catch (CharConversionException e) {
            // Jackson guesses the encoding from the first bytes; some guesses (UTF-32 in an unusual
            // byte order, a character out of range) end here rather than in a parse error
            throw new Unreadable(new Violation("", Codes.MALFORMED_JSON,
                    "The input is not well-formed JSON: it is in no encoding JSON allows (UTF-8, UTF-16 or UTF-32)."));
        }
    }

    private int documentError(Violation violation) throws IOException {
        if (csv) {
            writeCsv(w -> {
                CsvOutput.header(w);
                CsvOutput.documentError(w, violation);
            });
        } else {
            try (JsonOutput out = JsonOutput.document(console.out(), pretty)) {
                out.error(null, List.of(violation));
            }
        }
        describe("input", null, List.of(violation));
        diagnostics.finish(WHERE_ERRORS_ARE);
        return Main.EXIT_INVALID;
    }

    // --- results ---------------------------------------------------------------------------

    /** Prints results to standard output one by one, and the errors of invalid ones to standard error too. */
    private final class DocumentPrinter implements BatchEvaluator.Sink<Void> {
        private final JsonOutput out;

        DocumentPrinter(JsonOutput out) {
            this.out = out;
        }

        @Override
        public Void prepare(List<BatchEvaluator.Result> results) {
            return null; // an array's separators and pretty-printing follow the whole document: written in order
        }

        @Override
        public void write(List<BatchEvaluator.Result> results, Void nothing) throws IOException {
            for (BatchEvaluator.Result r : results) {
                out.result(r, language());
                describe(r);
            }
            out.flush();
        }
    }

    /**
     * Prints JSON Lines, or CSV rows: a worker renders a chunk's lines into a buffer, which the
     * calling thread copies to standard output; the errors of invalid ones go to standard error too.
     */
    private final class LinePrinter implements BatchEvaluator.Sink<ByteArrayOutputStream> {

        @Override
        public ByteArrayOutputStream prepare(List<BatchEvaluator.Result> results) throws IOException {
            if (csv) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(results.size() * 160);
                try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                    for (BatchEvaluator.Result r : results) {
                        CsvOutput.result(w, r);
                    }
                }
                return buffer;
            }
            // a report takes about 11 KB, a summary about 300 bytes
            int perLine = job.answer() == BatchEvaluator.Answer.SUMMARY ? 512 : 12 * 1024;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(results.size() * perLine);
            try (JsonOutput out = JsonOutput.lines(buffer)) {
                for (BatchEvaluator.Result r : results) {
                    out.result(r, language());
                }
            }
            return buffer;
        }

        @Override
        public void write(List<BatchEvaluator.Result> results, ByteArrayOutputStream lines) throws IOException {
            lines.writeTo(console.out());
            console.out().flush();
            for (BatchEvaluator.Result r : results) {
                describe(r);
            }
        }
    }

    /** Something written as CSV text. */
    @FunctionalInterface
    private interface CsvText {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes CSV text to standard output, UTF-8, and flushes. */
    private void writeCsv(CsvText text) throws IOException {
        Writer w = new OutputStreamWriter(new NonClosingOutputStream(console.out()), StandardCharsets.UTF_8);
        text.writeTo(w);
        w.flush();
    }

    /** The language of the answers, as a report states it: {@code es}. */
    private String language() {
        return job.language().getLanguage();
    }

    /**
     * The errors of an invalid applicant, or the failure of the rules on one, on standard error
     * (the first {@link Diagnostics#SHOWN} lines of the run; the rest are counted).
     */
    private void describe(BatchEvaluator.Result r) {
        if (r.invalid()) {
            describe(r.entry().position(), r.entry().applicantId(), r.entry().violations());
        } else if (r.failure() != null) {
            describe(r.entry().position(), r.entry().applicantId(), List.of(r.failure().violation()));
        }
    }

    /** {@code evaluate: line 7 (id smo-gt-0001): nationalities[0] lower-case-country: ...}; no values. */
    private void describe(String position, String applicantId, List<Violation> violations) {
        String who = naming.command() + ": " + position + (applicantId == null ? "" : " (id " + applicantId + ")") + ": ";
        for (Violation v : violations) {
            diagnostics.println(who + (v.field().isEmpty() ? "(document)" : v.field()) + " " + v.code() + ": " + v.message());
        }
        console.err().flush();
    }

    private int summary(BatchEvaluator<?> batch) {
        diagnostics.finish(WHERE_ERRORS_ARE);
        long all = batch.invalid() + batch.evaluated() + batch.failed();
        if (batch.invalid() > 0) {
            console.err().println(naming.command() + ": " + batch.invalid() + " of " + all
                    + " " + naming.many() + " invalid; each is an error object in its place");
        }
        if (batch.failed() > 0) {
            console.err().println(naming.command() + ": the rules failed for " + batch.failed() + " of " + all
                    + " " + naming.many() + "; each is an error object in its place, and every other "
                    + naming.one() + " was answered");
        }
        console.err().flush();
        return batch.failed() > 0 ? Main.EXIT_INTERNAL : batch.invalid() > 0 ? Main.EXIT_INVALID : 0;
    }
}
