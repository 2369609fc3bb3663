package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eligibility evaluate --rules DIR}: screening with the rules of a folder instead of the bundled ones. */
class EvaluateRulesFolderTest {

    /** S1 of the test-command fixtures: a Guatemalan farm worker registering at the GT office on 2024-06-03. */
    private static String farmWorker() throws IOException {
        JsonNode file = CliRun.JSON.readTree(Path.of("src/test/resources/test-command/passing/guatemala.json").toFile());
        return CliRun.compact(file.get("bases").get("gt-farmworker"));
    }

    private static String criterion(JsonNode report, String id) {
        for (JsonNode c : report.get("access").get("criteria")) {
            if (c.get("id").textValue().equals(id)) {
                return c.get("outcome").textValue();
            }
        }
        throw new AssertionError("no access criterion " + id);
    }

    @Test
    void anUnchangedCopyScreensExactlyAsTheBundledRules() {
        CliRun.Result bundled = CliRun.run("", "evaluate", CliRun.EXAMPLES.toString());
        CliRun.Result folder = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "evaluate",
                "--rules", RuleFolders.copy().toString(), CliRun.EXAMPLES.toString());

        assertEquals(0, folder.exitCode(), folder.err());
        assertEquals(bundled.exitCode(), folder.exitCode());
        assertTrue(folder.lines().size() >= 10, folder.out());
        assertEquals(bundled.out(), folder.out(), "same reports, same rulesetVersion (same file contents)");
    }

    @Test
    void aChangedTableChangesTheReportAndItsVersion() throws IOException {
        String applicant = farmWorker();

        JsonNode before = CliRun.run(applicant, "evaluate", "-").json();
        CliRun.Result after = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, applicant, "evaluate",
                "--rules", RuleFolders.gtClosedEarly().toString(), "-");

        assertEquals(0, after.exitCode(), after.err());
        // bundled: the GT office registers until 2025-01-26, so on 2024-06-03 access is open
        assertEquals("ELIGIBLE", before.get("access").get("status").textValue());
        assertEquals("MET", criterion(before, "ACC-OFFICE-OPEN"));
        assertEquals("ELIGIBLE", CliRun.status(before, "H2A"));
        // the folder closes the GT office on 2024-05-31
        JsonNode report = after.json();
        assertEquals("NOT_ELIGIBLE", report.get("access").get("status").textValue());
        assertEquals("NOT_MET", criterion(report, "ACC-OFFICE-OPEN"));
        assertEquals("NOT_ELIGIBLE", CliRun.status(report, "H2A"));
        String version = report.get("rulesetVersion").textValue();
        assertTrue(version.startsWith("safemobility-screening-2023.1+sha256."), version);
        assertNotEquals(before.get("rulesetVersion").textValue(), version);
    }

    @Test
    void rulesThatDoNotBuildPrintTheirProblemsAndNoReport() throws IOException {
        Path broken = RuleFolders.twoTypos();

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, farmWorker(), "evaluate",
                "--rules", broken.toString(), "-");

        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals("evaluate: the rules in " + broken + " do not build: 2 problems", lines.get(0));
        assertTrue(lines.get(1).startsWith("  h2a.drl:") && lines.get(2).startsWith("  h2b.drl:"), r.err());
        assertEquals(3, lines.size(), r.err());
    }

    @Test
    void aRulesFolderThatIsNotThereIsAUsageError() {
        CliRun.Result r = CliRun.run("{}", "evaluate", "--rules", "target/no-such-rules", "-");

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("evaluate: --rules target/no-such-rules: not a folder\n", r.err());
    }
}
