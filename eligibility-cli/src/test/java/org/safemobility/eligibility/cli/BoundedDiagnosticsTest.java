package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard error shows the first {@link Diagnostics#SHOWN} diagnostic lines of a run and then one
 * line counting the rest; standard output keeps an error object for every invalid applicant.
 */
class BoundedDiagnosticsTest {

    private static final int INVALID = 3_000;
    private static final int SHOWN = 20;

    /** {@code INVALID} lines, each an applicant with one lower-case nationality (one violation each), and one valid line. */
    private static String manyInvalidLines() {
        List<ObjectNode> examples = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            examples.add(example(n));
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < INVALID; i++) {
            ObjectNode a = examples.get(i % 30).deepCopy();
            a.put("id", "bad-" + i);
            a.putArray("nationalities").add("gt");
            in.append(compact(a)).append('\n');
        }
        in.append(compact(example(0))).append('\n');
        return in.toString();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    @Test
    void jsonLinesWithThousandsOfInvalidApplicantsPrintTwentyDiagnosticsACountAndEveryErrorObject() {
        CliRun.Result r = run(manyInvalidLines(), "evaluate", "--jsonl", "-");

        assertEquals(2, r.exitCode(), "invalid applicants: exit 2 as before");
        List<JsonNode> out = r.lines();
        assertEquals(INVALID + 1, out.size(), "one answer per line");
        for (int i = 0; i < INVALID; i++) {
            JsonNode error = out.get(i);
            assertEquals("bad-" + i, error.get("applicantId").textValue(), "error object " + i + " in its place");
            assertEquals("nationalities[0]", error.get("errors").get(0).get("field").textValue());
            assertEquals("lower-case-country", error.get("errors").get(0).get("code").textValue());
        }
        assertEquals("smo-gt-0001", out.get(INVALID).get("applicantId").textValue());

        List<String> err = lines(r.err());
        assertEquals(SHOWN + 2, err.size(), "20 diagnostics, the count of the rest, the summary:\n" + r.err());
        for (int i = 0; i < SHOWN; i++) {
            assertTrue(err.get(i).startsWith("evaluate: line " + (i + 1) + " (id bad-" + i
                    + "): nationalities[0] lower-case-country: "), err.get(i));
        }
        assertEquals("evaluate: " + (INVALID - SHOWN) + " more diagnostic lines not shown; "
                + "every error object is on standard output", err.get(SHOWN));
        assertEquals("evaluate: " + INVALID + " of " + (INVALID + 1)
                + " applicants invalid; each is an error object in its place", err.get(SHOWN + 1));
    }

    @Test
    void anArrayDocumentIsBoundedTheSameWay() {
        StringBuilder array = new StringBuilder("[");
        for (String line : lines(manyInvalidLines())) {
            array.append(array.length() > 1 ? "," : "").append(line);
        }
        CliRun.Result r = run(array.append(']').toString(), "evaluate", "-");

        assertEquals(2, r.exitCode());
        JsonNode out = r.json();
        assertEquals(INVALID + 1, out.size());
        for (int i = 0; i < INVALID; i++) {
            assertEquals("bad-" + i, out.get(i).get("applicantId").textValue());
        }
        List<String> err = lines(r.err());
        assertEquals(SHOWN + 2, err.size(), r.err());
        assertTrue(err.get(SHOWN - 1).startsWith("evaluate: applicant [19] (id bad-19): "), err.get(SHOWN - 1));
        assertEquals("evaluate: " + (INVALID - SHOWN) + " more diagnostic lines not shown; "
                + "every error object is on standard output", err.get(SHOWN));
    }

    @Test
    void aFewInvalidApplicantsAreAllNamedAndNothingIsCounted() {
        ObjectNode lowerCase = example(0);
        lowerCase.putArray("nationalities").add("hn");
        CliRun.Result r = run(compact(lowerCase) + "\n", "evaluate", "--jsonl", "-");

        assertEquals(2, r.exitCode());
        List<String> err = lines(r.err());
        assertEquals(2, err.size(), "the one diagnostic and the summary: " + r.err());
        assertTrue(err.get(0).startsWith("evaluate: line 1 (id smo-gt-0001): nationalities[0] lower-case-country"), err.get(0));
        assertFalse(r.err().contains("not shown"), r.err());
    }

    @Test
    void diffNamesTheFirstSkippedLinesAndCountsTheRest() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"diff", "--old", "bundled", "--new", "bundled", "--population", "-", "--show", "0"},
                new ByteArrayInputStream(manyInvalidLines().getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CliRun.SHARED_ENGINE);

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("compared: 1, changed: 0, skipped as invalid: " + INVALID + "\n"),
                out.toString(StandardCharsets.UTF_8));
        List<String> lines = lines(err.toString(StandardCharsets.UTF_8));
        assertEquals(SHOWN + 2, lines.size(), err.toString(StandardCharsets.UTF_8));
        assertEquals("diff: line 20 skipped, not a valid applicant: nationalities[0] lower-case-country", lines.get(SHOWN - 1));
        assertEquals("diff: " + (INVALID - SHOWN) + " more diagnostic lines not shown; the count of skipped applicants follows",
                lines.get(SHOWN));
        assertEquals("diff: " + INVALID + " of " + (INVALID + 1) + " applicants skipped as invalid, not compared",
                lines.get(SHOWN + 1));
    }
}
