package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.testing.SchemaCheck;

/** Runs the command line in-process with captured streams, and the test data it runs on. */
final class CliRun {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The bundled example applicants, relative to this module. */
    static final Path EXAMPLES = Path.of("../examples/data/applicants.jsonl");

    /** The pathways of every report, in policy order. */
    static final List<String> PATHWAYS = List.of("REFUGEE_RESETTLEMENT", "FAMILY_REUNIFICATION_PAROLE",
            "CENTRAL_AMERICAN_MINORS", "H1B", "H2A", "H2B");

    /** Building loads the rules (about a second): one engine for every test of the run. */
    private static final class Shared {
        static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();
    }

    static final Supplier<EligibilityEngine> SHARED_ENGINE = () -> Shared.ENGINE;

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {

        /** Standard output as one JSON document. */
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("stdout is not one JSON document: " + out, e);
            }
        }

        /** Standard output as JSON Lines: every line one JSON value. */
        List<JsonNode> lines() {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n", -1)) {
                if (!line.isEmpty()) {
                    try {
                        nodes.add(JSON.readTree(line));
                    } catch (JsonProcessingException e) {
                        throw new AssertionError("not a JSON line: " + line, e);
                    }
                }
            }
            assertEquals(nodes.size(), out.chars().filter(c -> c == '\n').count(),
                    "one JSON value per line, every line ended by a newline");
            return nodes;
        }
    }

    private CliRun() {
    }

    static Result run(String stdin, String... args) {
        return run(SHARED_ENGINE, stdin, args);
    }

    static Result run(Supplier<EligibilityEngine> engines, String stdin, String... args) {
        return run(engines, Console.FOLDER_ENGINES, stdin, args);
    }

    /** As {@link #run(Supplier, String, String...)}, with the engines of {@code --rules DIR} from {@code folderEngines}. */
    static Result run(Supplier<EligibilityEngine> engines, Function<Path, EligibilityEngine> folderEngines,
                      String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                engines, folderEngines);
        Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        checkReportsFollowTheSchema(result.out());
        return result;
    }

    /**
     * Every report the CLI prints follows report.schema.json, every answer of questions the answer
     * of questions.schema.json; error objects have their fixed shape.
     */
    private static void checkReportsFollowTheSchema(String out) {
        List<JsonNode> documents = new ArrayList<>();
        try {
            JsonNode whole = JSON.readTree(out);
            if (whole != null && !whole.isMissingNode()) {
                documents.add(whole);
            }
        } catch (JsonProcessingException notOneDocument) {
            for (String line : out.split("\n")) {
                try {
                    documents.add(JSON.readTree(line));
                } catch (JsonProcessingException notJson) {
                    return; // not JSON output (help text): nothing to check
                }
            }
        }
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode d : documents) {
            if (d != null && d.isArray()) {
                d.forEach(objects::add);
            } else if (d != null && d.isObject()) {
                objects.add(d);
            }
        }
        for (JsonNode o : objects) {
            if (o.has("errors")) {
                assertEquals(List.of("applicantId", "errors"), fieldNames(o), "error object shape");
                o.get("errors").forEach(e -> assertEquals(List.of("field", "code", "message"), fieldNames(e)));
            } else if (o.has("access") && o.get("access").isTextual()) {
                assertEquals(List.of("applicantId", "evaluationDate", "rulesetVersion", "access",
                        "REFUGEE_RESETTLEMENT", "FAMILY_REUNIFICATION_PAROLE", "CENTRAL_AMERICAN_MINORS", "H1B", "H2A",
                        "H2B", "missingFields"), fieldNames(o), "summary shape");
            } else if (o.has("questions")) {
                assertEquals(List.of(), SchemaCheck.QUESTIONS_ANSWER.violations(o),
                        "every answer of questions follows questions.schema.json#/$defs/answer");
            } else {
                assertEquals(List.of(), SchemaCheck.REPORT.violations(o), "every report follows report.schema.json");
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The n-th (0-based) bundled example applicant, as a mutable tree. */
    static ObjectNode example(int n) {
        try {
            return (ObjectNode) JSON.readTree(Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8).get(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the bundled examples, in file order. */
    static List<String> exampleIds() {
        try {
            List<String> ids = new ArrayList<>();
            for (String line : Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8)) {
                ids.add(JSON.readTree(line).get("id").textValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pathways(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("pathways").forEach(p -> names.add(p.get("pathway").textValue()));
        return names;
    }

    static String status(JsonNode report, String pathway) {
        for (JsonNode p : report.get("pathways")) {
            if (p.get("pathway").textValue().equals(pathway)) {
                return p.get("status").textValue();
            }
        }
        throw new AssertionError("no pathway " + pathway + " in " + report);
    }
}
