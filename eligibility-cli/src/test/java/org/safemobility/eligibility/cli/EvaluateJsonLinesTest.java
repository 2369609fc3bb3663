package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.PATHWAYS;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.pathways;
import static org.safemobility.eligibility.cli.CliRun.run;
import static org.safemobility.eligibility.cli.CliRun.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateJsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedLineAndAnInvalidApplicantStayInPlace() throws IOException {
        ObjectNode invalid = example(4); // smo-gt-0005
        invalid.putArray("nationalities").add("sv");
        Path file = write("mixed.jsonl",
                compact(example(0)),                       // line 1
                "",                                        // line 2: blank, skipped but counted
                "{\"id\": \"smo-x\", \"office\" \"GT\"}",  // line 3: no colon before "GT" (column 26)
                compact(invalid),                          // line 4
                "   ",                                     // line 5: blank
                compact(example(2)));                      // line 6

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(2, r.exitCode(), r.err());
        List<JsonNode> out = r.lines();
        assertEquals(4, out.size(), "one output line per non-blank input line");
        assertEquals("smo-gt-0001", out.get(0).get("applicantId").textValue());
        assertEquals(PATHWAYS, pathways(out.get(0)));

        JsonNode malformed = out.get(1);
        assertTrue(malformed.get("applicantId").isNull());
        JsonNode syntax = malformed.get("errors").get(0);
        assertEquals("malformed-json", syntax.get("code").textValue());
        assertEquals("", syntax.get("field").textValue());
        assertEquals("The input is not well-formed JSON at line 3, column 26.", syntax.get("message").textValue());

        assertEquals("smo-gt-0005", out.get(2).get("applicantId").textValue());
        assertEquals("nationalities[0]", out.get(2).get("errors").get(0).get("field").textValue());
        assertEquals("lower-case-country", out.get(2).get("errors").get(0).get("code").textValue());

        assertEquals("smo-gt-0003", out.get(3).get("applicantId").textValue());
        assertEquals(PATHWAYS, pathways(out.get(3)));

        assertTrue(r.err().contains("evaluate: line 3: (document) malformed-json: "
                + "The input is not well-formed JSON at line 3, column 26."), r.err());
        assertTrue(r.err().contains("evaluate: line 4 (id smo-gt-0005): nationalities[0] lower-case-country: "),
                r.err());
        assertTrue(r.err().contains("2 of 4 applicants invalid"), r.err());
    }

    @Test
    void theBundledExamplesAllEvaluate() {
        CliRun.Result r = run("", "evaluate", CliRun.EXAMPLES.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<JsonNode> out = r.lines();
        assertEquals(30, out.size());
        List<String> ids = new ArrayList<>();
        for (JsonNode report : out) {
            ids.add(report.get("applicantId").textValue());
            assertEquals(PATHWAYS, pathways(report));
        }
        assertEquals(CliRun.exampleIds(), ids);
        // examples/data/README.md: smo-gt-0004 is eligible for both H-2 pathways, smo-cr-0002 for H1B
        assertEquals("ELIGIBLE", status(out.get(3), "H2A"));
        assertEquals("ELIGIBLE", status(out.get(3), "H2B"));
        assertEquals("ELIGIBLE", status(out.get(11), "H1B"));
        assertEquals("NOT_ELIGIBLE", out.get(9).get("access").get("status").textValue()); // smo-gt-0010
    }

    @Test
    void standardInputWithJsonlFlag() {
        String stdin = compact(example(1)) + "\n\n" + compact(example(5)) + "\n";

        CliRun.Result r = run(stdin, "evaluate", "--jsonl", "-");

        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> out = r.lines();
        assertEquals(2, out.size());
        assertEquals("smo-gt-0002", out.get(0).get("applicantId").textValue());
        assertEquals("smo-gt-0006", out.get(1).get("applicantId").textValue());
    }

    @Test
    void aFileNotEndingInJsonlIsReadAsLinesWithTheFlag() throws IOException {
        Path file = write("applicants.txt", compact(example(0)), compact(example(1)));

        CliRun.Result lines = run("", "evaluate", "--jsonl", file.toString());
        CliRun.Result document = run("", "evaluate", file.toString());

        assertEquals(0, lines.exitCode(), lines.err());
        assertEquals(2, lines.lines().size());
        assertEquals(2, document.exitCode(), "two values are not one JSON document");
        assertTrue(document.json().get("errors").get(0).get("message").textValue().contains("more than one"));
    }

    @Test
    void duplicateKeysAndTrailingValuesOnALine() throws IOException {
        Path file = write("odd.jsonl",
                "{\"id\": \"a\", \"id\": \"b\", \"office\": \"GT\"}",
                compact(example(0)) + " {}");

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(2, r.exitCode());
        List<JsonNode> out = r.lines();
        assertEquals(2, out.size());
        JsonNode duplicate = out.get(0).get("errors").get(0);
        assertEquals("duplicate-key", duplicate.get("code").textValue());
        assertTrue(duplicate.get("message").textValue().contains("line 1, column "), duplicate.toString());
        JsonNode trailing = out.get(1).get("errors").get(0);
        assertEquals("malformed-json", trailing.get("code").textValue());
        assertTrue(trailing.get("message").textValue().contains("line 2, column "), trailing.toString());
    }

    @Test
    void prettyIsRejectedForJsonLines() {
        CliRun.Result r = run("", "evaluate", "--pretty", CliRun.EXAMPLES.toString());

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--pretty cannot be used with JSON Lines"), r.err());
    }

    @Test
    void orderHoldsAcrossChunks() throws IOException {
        int count = 2 * BatchEvaluator.CHUNK_SIZE + 10;
        Set<Integer> broken = Set.of(0, BatchEvaluator.CHUNK_SIZE - 1, BatchEvaluator.CHUNK_SIZE, count - 1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode a = example(i % 30);
            a.put("id", "t-" + i);
            if (broken.contains(i)) {
                a.put("office", "nowhere");
            }
            lines.add(compact(a));
        }
        Path file = write("many.jsonl", lines.toArray(String[]::new));

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(2, r.exitCode());
        List<JsonNode> out = r.lines();
        assertEquals(count, out.size());
        for (int i = 0; i < count; i++) {
            JsonNode line = out.get(i);
            assertEquals("t-" + i, line.get("applicantId").textValue(), "line " + (i + 1));
            assertEquals(broken.contains(i), line.has("errors"), "line " + (i + 1));
        }
        assertTrue(r.err().contains("evaluate: line " + (BatchEvaluator.CHUNK_SIZE + 1) + " (id t-"
                + BatchEvaluator.CHUNK_SIZE + "): office not-in-enum"), r.err());
    }

    @Test
    void anApplicantBornAfterTheAsOfDateStandsAsAnErrorInItsPlaceAndTheRestOfItsChunkIsReported()
            throws IOException {
        // without an applicationDate the evaluation date is --as-of: only then can a date of birth
        // fall after it, which the reader alone cannot see
        int count = BatchEvaluator.CHUNK_SIZE + 5;
        Set<Integer> late = Set.of(3, BatchEvaluator.CHUNK_SIZE + 1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode a = example(i % 30);
            a.put("id", "late-" + i);
            a.remove("applicationDate");
            if (late.contains(i)) {
                a.put("dateOfBirth", "2024-05-01");
            }
            lines.add(compact(a));
        }
        Path file = write("late.jsonl", lines.toArray(String[]::new));

        CliRun.Result r = run("", "evaluate", "--as-of", "2024-03-01", file.toString());

        assertEquals(2, r.exitCode(), r.err());
        List<JsonNode> out = r.lines();
        assertEquals(count, out.size());
        for (int i = 0; i < count; i++) {
            JsonNode line = out.get(i);
            assertEquals("late-" + i, line.get("applicantId").textValue(), "line " + (i + 1));
            if (late.contains(i)) {
                assertEquals("dateOfBirth", line.get("errors").get(0).get("field").textValue());
                assertEquals("born-after-evaluation-date", line.get("errors").get(0).get("code").textValue());
            } else {
                assertEquals("2024-03-01", line.get("evaluationDate").textValue(), "line " + (i + 1));
            }
        }
        assertTrue(r.err().contains("evaluate: line 4 (id late-3): dateOfBirth born-after-evaluation-date"), r.err());
        assertTrue(r.err().contains("evaluate: 2 of " + count + " applicants invalid"), r.err());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = write("bom.jsonl", "\uFEFF" + compact(example(0)));

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("smo-gt-0001", r.lines().get(0).get("applicantId").textValue());
    }

    @Test
    void aLineThatIsNotUtf8IsAnErrorInItsPlace() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((compact(example(0)) + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\r', '\n'});
        bytes.writeBytes(compact(example(1)).getBytes(StandardCharsets.UTF_8)); // no final line end
        Path file = dir.resolve("latin.jsonl");
        Files.write(file, bytes.toByteArray());

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(2, r.exitCode());
        List<JsonNode> out = r.lines();
        assertEquals(3, out.size());
        assertEquals("smo-gt-0001", out.get(0).get("applicantId").textValue());
        assertEquals("The input is not well-formed JSON at line 2, column 3: it is not valid UTF-8.",
                out.get(1).get("errors").get(0).get("message").textValue());
        assertEquals("smo-gt-0002", out.get(2).get("applicantId").textValue());
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
