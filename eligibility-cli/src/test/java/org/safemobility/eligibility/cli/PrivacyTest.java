package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.JSON;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics name positions, ids, field paths and codes; never an applicant's values. */
class PrivacyTest {

    /** Appears in no field name, code or message: if it shows up, a value leaked. */
    private static final String MARKER = "Qzv7Marker";

    @TempDir
    Path dir;

    private static ObjectNode leaky() {
        ObjectNode a = example(0);
        ((ObjectNode) a.get("employment")).put("experienceYears", MARKER);        // wrong type
        a.put("maritalStatus", MARKER);                                            // not in enum
        a.putArray("nationalities").add(MARKER.substring(0, 2).toLowerCase());     // lower-case country
        ((ObjectNode) a.get("residence")).put("country", MARKER);                  // malformed country
        a.put("passportExpiryDate", MARKER);                                       // malformed date
        return a;
    }

    @Test
    void noValueInAnArraysDiagnostics() {
        CliRun.Result r = run(compact(JSON.createArrayNode().add(example(1)).add(leaky())), "evaluate", "-");

        assertEquals(2, r.exitCode());
        JsonNode errors = r.json().get(1).get("errors");
        assertEquals(List.of("employment.experienceYears wrong-type", "maritalStatus not-in-enum",
                        "nationalities[0] lower-case-country", "residence.country malformed-country",
                        "passportExpiryDate malformed-date"),
                sorted(errors, List.of("employment.experienceYears", "maritalStatus", "nationalities[0]",
                        "residence.country", "passportExpiryDate")));
        assertTrue(r.err().contains("employment.experienceYears wrong-type"), r.err());
        assertNoMarker(r);
    }

    @Test
    void noValueInJsonLinesDiagnostics() throws IOException {
        Path file = dir.resolve("leaky.jsonl");
        Files.writeString(file, compact(leaky()) + "\n"
                + "{\"id\": \"smo-x\", \"office\": " + MARKER + "}\n"          // malformed: a bare word
                + "{\"id\": \"smo-y\", \"office\": \"GT\", \"" + "note\": \"" + MARKER + "\"}\n",
                StandardCharsets.UTF_8);

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(2, r.exitCode());
        List<JsonNode> out = r.lines();
        assertEquals(3, out.size());
        assertEquals("malformed-json", out.get(1).get("errors").get(0).get("code").textValue());
        assertEquals("unknown-property", out.get(2).get("errors").get(0).get("code").textValue());
        assertTrue(r.err().contains("line 2: (document) malformed-json"), r.err());
        assertNoMarker(r);
    }

    @Test
    void noValueInAMalformedDocumentsDiagnostics() {
        CliRun.Result r = run("{\"id\": \"smo-x\",\n \"office\": " + MARKER + "}", "evaluate", "-");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("line 2, column"), r.err());
        assertNoMarker(r);
    }

    @Test
    void noValueInTheBadIdCase() {
        ObjectNode a = example(0);
        a.put("id", "bad id " + MARKER);   // an invalid id is a value too: never echoed

        CliRun.Result r = run(compact(a), "evaluate", "-");

        assertEquals(2, r.exitCode());
        assertTrue(r.json().get("applicantId").isNull());
        assertEquals("pattern", r.json().get("errors").get(0).get("code").textValue());
        assertNoMarker(r);
    }

    private static void assertNoMarker(CliRun.Result r) {
        assertFalse(r.err().contains(MARKER), "stderr leaked a value:\n" + r.err());
        assertFalse(r.out().contains(MARKER), "stdout leaked a value:\n" + r.out());
        assertFalse(r.err().isBlank(), "there were diagnostics to check");
    }

    /** "field code" of each violation, ordered as {@code fields}. */
    private static List<String> sorted(JsonNode errors, List<String> fields) {
        return fields.stream().map(f -> {
            for (JsonNode e : errors) {
                if (e.get("field").textValue().equals(f)) {
                    return f + " " + e.get("code").textValue();
                }
            }
            return f + " (none)";
        }).toList();
    }
}
