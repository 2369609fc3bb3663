package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.reliability.TripwireEngines;

/**
 * When the rules fail on one applicant of a batch (a test-only rule set that throws for some ids),
 * that applicant becomes an error object {@code evaluation-failed} in its place, every other
 * applicant of the batch, in the same chunk or not, gets its report, and the run exits 1.
 */
class FailingRulesInABatchTest {

    private static final EligibilityEngine TRIPWIRE = TripwireEngines.tripwire();

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> TRIPWIRE);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheApplicantTheRulesFailOnFails() throws Exception {
        List<String> good = Files.readAllLines(Path.of("../examples/data/applicants.jsonl"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> lines = new ArrayList<>();
        List<Integer> failing = List.of(3, 17, 29);
        for (int i = 0; i < good.size(); i++) {
            String line = good.get(i);
            if (failing.contains(i)) {
                ObjectNode a = (ObjectNode) Json.MAPPER.readTree(line);
                a.put("id", (i == 17 ? "loop-" : "trip-") + i);
                line = a.toString();
            }
            lines.add(line);
        }
        Run alone = run(String.join("\n", good) + "\n", "evaluate", "--jsonl", "--as-of", "2024-03-01", "-");
        Run mixed = run(String.join("\n", lines) + "\n", "evaluate", "--jsonl", "--as-of", "2024-03-01", "-");

        assertEquals(0, alone.exitCode(), alone.err());
        assertEquals(1, mixed.exitCode(), mixed.err());
        String[] expected = alone.out().split("\n");
        String[] actual = mixed.out().split("\n");
        assertEquals(good.size(), actual.length);
        for (int i = 0; i < good.size(); i++) {
            if (failing.contains(i)) {
                JsonNode error = Json.MAPPER.readTree(actual[i]);
                assertEquals((i == 17 ? "loop-" : "trip-") + i, error.get("applicantId").textValue());
                assertEquals("evaluation-failed", error.get("errors").get(0).get("code").textValue());
                assertTrue(error.get("errors").get(0).get("message").textValue().contains(
                        i == 17 ? "[rule=TEST-LOOPS, criterion=TEST-LOOPS" : "[rule=TEST-THROWS, criterion=TEST-THROWS"), actual[i]);
            } else {
                assertEquals(expected[i], actual[i], "applicant " + i + " kept its report");
            }
        }
        assertTrue(mixed.err().contains("the rules failed for 3 of 30 applicants"), mixed.err());
        assertFalse(mixed.err().contains("\tat "), mixed.err());
    }
}
