package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Oversized and random input through the command line: each is an error object (exit 2) or a
 * report, never an internal failure, a stack trace or an out-of-memory error; the limits of
 * docs/reliability.md hold for JSON Lines and for documents.
 */
class HostileInputTest {

    private static final String GOOD = compact(example(0));

    /** Runs with raw bytes on standard input. */
    private static CliRun.Result runBytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CliRun.SHARED_ENGINE);
        return new CliRun.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoInternalFailure(CliRun.Result r) {
        assertTrue(r.exitCode() == 0 || r.exitCode() == 2, "exit " + r.exitCode() + ": " + r.err());
        assertFalse(r.err().contains("internal failure") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aTenMegabyteLineIsAnErrorInItsPlaceAndTheNextLineIsEvaluated() {
        String huge = "{\"id\":\"smo-x\",\"office\":\"GT\",\"maritalStatus\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        CliRun.Result r = CliRun.run(huge + "\n" + GOOD + "\n", "evaluate", "--jsonl", "-");

        assertEquals(2, r.exitCode(), r.err());
        List<JsonNode> out = r.lines();
        assertEquals("too-large", out.get(0).get("errors").get(0).get("code").textValue());
        assertEquals("Line 1 is longer than 262144 characters, the most one applicant may take.",
                out.get(0).get("errors").get(0).get("message").textValue());
        assertEquals("smo-gt-0001", out.get(1).get("applicantId").textValue());
    }

    @Test
    void aLineWithoutEndIsReadInBoundedMemory() {
        // 64 MiB of one line and no newline: held 1 MiB at most, then skipped
        byte[] endless = new byte[64 * 1024 * 1024];
        java.util.Arrays.fill(endless, (byte) 'x');
        CliRun.Result r = runBytes(endless, "evaluate", "--jsonl", "-");

        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"too-large\""), r.out());
    }

    @Test
    void aStringOverTheLimitOnALineIsTooLarge() {
        String line = "{\"id\":\"smo-x\",\"office\":\"GT\",\"maritalStatus\":\"" + "x".repeat(5_000) + "\"}";
        CliRun.Result r = CliRun.run(line + "\n" + GOOD + "\n", "evaluate", "--jsonl", "-");

        List<JsonNode> out = r.lines();
        assertEquals("too-large", out.get(0).get("errors").get(0).get("code").textValue());
        assertTrue(out.get(0).get("errors").get(0).get("message").textValue().startsWith("Line 1: A string is longer than 4096"),
                out.get(0).toString());
        assertEquals("smo-gt-0001", out.get(1).get("applicantId").textValue());
    }

    @Test
    void anArrayElementOverTheLimitsIsAnErrorInItsPlace() {
        String hundredThousand = "{\"id\":\"smo-x\",\"office\":\"GT\",\"nationalities\":[" + "\"GT\",".repeat(99_999) + "\"GT\"]}";
        String deep = "[".repeat(30) + "]".repeat(30);
        String longString = "{\"id\":\"smo-y\",\"office\":\"GT\",\"maritalStatus\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        CliRun.Result r = CliRun.run("[" + String.join(",", GOOD, hundredThousand, deep, longString, GOOD) + "]", "evaluate", "-");

        assertEquals(2, r.exitCode(), r.err());
        JsonNode out = r.json();
        assertEquals(5, out.size());
        assertEquals("smo-gt-0001", out.get(0).get("applicantId").textValue());
        assertEquals("Element 1 of the array is longer than 262144 characters, the most one applicant may take.",
                out.get(1).get("errors").get(0).get("message").textValue());
        assertTrue(out.get(2).get("errors").get(0).get("message").textValue().startsWith("The input nests arrays and objects deeper than 16"));
        assertEquals("too-large", out.get(3).get("errors").get(0).get("code").textValue());
        assertEquals("smo-gt-0001", out.get(4).get("applicantId").textValue());
    }

    @Test
    void aDocumentOverSixteenMebibytesIsOneError() {
        String big = "[" + (GOOD + ",").repeat(17 * 1024 * 1024 / GOOD.length()) + GOOD + "]";
        CliRun.Result r = CliRun.run(big, "evaluate", "-");

        assertEquals(2, r.exitCode());
        assertEquals("The input is larger than 16777216 bytes, the most one JSON document may be; use JSON Lines for larger batches.",
                r.json().get("errors").get(0).get("message").textValue());
    }

    @Test
    void aDocumentWhoseFirstBytesLookLikeAnUnreadableUtf32IsMalformedJson() {
        // found by the stress variant: Jackson's encoding guess threw CharConversionException
        for (byte[] start : List.of(new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0},
                new byte[] {0, 0x3C, 0, 0}, new byte[] {0, 0, 0x3C, 0})) {
            CliRun.Result r = runBytes(start, "evaluate", "-");

            assertEquals(2, r.exitCode(), r.err());
            JsonNode error = r.json().get("errors").get(0);
            assertEquals("malformed-json", error.get("code").textValue());
            assertEquals("The input is not well-formed JSON: it is in no encoding JSON allows (UTF-8, UTF-16 or UTF-32).",
                    error.get("message").textValue());
            assertNoInternalFailure(r);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.-eEtrufalsn \n\\u\t")
                .ofMaxLength(200).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> damaged = Arbitraries.integers().between(0, GOOD.length() - 1).flatMap(i -> Arbitraries.bytes().map(b -> {
            byte[] copy = (GOOD + "\n" + GOOD).getBytes(StandardCharsets.UTF_8);
            copy[i] = b;
            return copy;
        }));
        return Arbitraries.oneOf(random, jsonish, damaged);
    }

    @Property(tries = 100)
    void randomBytesAreNeverAnInternalFailure(@ForAll("bytes") byte[] input) {
        assertNoInternalFailure(runBytes(input, "evaluate", "-"));
        assertNoInternalFailure(runBytes(input, "evaluate", "--jsonl", "-"));
    }

    @Property(tries = 3_000)
    @Tag("stress")
    void randomBytesAreNeverAnInternalFailureStress(@ForAll("bytes") byte[] input) {
        randomBytesAreNeverAnInternalFailure(input);
    }
}
