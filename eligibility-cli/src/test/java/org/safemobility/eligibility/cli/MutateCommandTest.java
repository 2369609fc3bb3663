package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code eligibility mutate}, end to end through the command line: a short run on a copy of the
 * bundled rules judged by their own scenarios, and the usage errors.
 */
class MutateCommandTest {

    private static final String SCENARIOS = RuleFolders.RULES_SCENARIOS.toString();

    @Test
    void aShortRunOfNumberComparisonsIsAllKilledByTheScenarios() throws Exception {
        // every number comparison turned (ACC-AGE's atLeast into atMost, say) changes an age test the
        // scenarios pin on both sides of its threshold (policy sections 2 and 5)
        // (run directly: CliRun checks JSON output against the screening report's schema)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"mutate", "--rules", RuleFolders.copy().toString(), "--operators",
            "number-comparison", "--sample", "2", "--seed", "1", "--format", "json", "--min-score", "100", SCENARIOS},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode json = CliRun.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, json.get("total").asInt());
        assertEquals(2, json.get("killed").asInt());
        assertEquals(1.0, json.get("score").asDouble());
        for (JsonNode result : json.get("results")) {
            assertEquals("number-comparison", result.get("operator").asText());
            assertEquals("KILLED", result.get("verdict").asText());
        }
    }

    @Test
    void scenariosThatFailOnTheUnmutatedRulesMeasureNothing() {
        // the copy's Guatemala office closes 2024-05-31; the scenarios expect it open until 2025-01-26
        CliRun.Result r = CliRun.run("", "mutate", "--rules", RuleFolders.gtClosedEarly().toString(), "--sample", "1",
                SCENARIOS);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("mutate: the tests fail on the unmutated rules: scenario "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badArgumentsExitWith2() {
        CliRun.Result op = CliRun.run("", "mutate", "--operators", "and-or,flip", SCENARIOS);
        assertEquals(2, op.exitCode());
        assertTrue(op.err().contains("mutate: --operators: unknown mutation operator 'flip'"), op.err());
        assertEquals(2, CliRun.run("", "mutate", "--sample", "0", SCENARIOS).exitCode());
        assertEquals(2, CliRun.run("", "mutate", "--format", "html", SCENARIOS).exitCode());
        assertEquals(2, CliRun.run("", "mutate", "--min-score", "101", SCENARIOS).exitCode());
        CliRun.Result missing = CliRun.run("", "mutate", "no-such-folder");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("mutate: no-such-folder: no such folder or file"), missing.err());
        assertEquals(2, CliRun.run("", "mutate").exitCode(), "a SCENARIO_DIR is required");
    }

    @Test
    void helpNamesTheOperatorsAndTheExitCodes() {
        CliRun.Result r = CliRun.run("", "mutate", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("--operators=LIST"), r.out());
        assertTrue(r.out().contains("table-date-shift"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }
}
