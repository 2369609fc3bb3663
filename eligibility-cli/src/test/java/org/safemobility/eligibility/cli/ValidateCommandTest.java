package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code eligibility validate}, end to end through the command line, on the bundled rules and rules folders. */
class ValidateCommandTest {

    private static String bundledVersion() {
        return CliRun.SHARED_ENGINE.get().rulesetVersion();
    }

    @Test
    void theBundledRulesAreOk() {
        CliRun.Result r = CliRun.run("", "validate");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("OK " + bundledVersion() + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void anUnchangedCopyOfTheBundledRulesIsOkWithTheSameVersion() {
        // the real folder builder, not the test's cache: the version hashes the files the manifest
        // names, and the copy has the same bytes
        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, "", "validate", "--rules", RuleFolders.copy().toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("OK " + bundledVersion() + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void aBrokenFolderListsEachProblemWithItsFileAndLineThenTheCount() {
        Path broken = RuleFolders.twoTypos();
        // the classic compiler reports an error in a consequence at the line where its rule starts
        int h2a = RuleFolders.lineStarting(broken, "h2a.drl", "rule \"H2A-JOB-OFFER\"");
        int h2b = RuleFolders.lineStarting(broken, "h2b.drl", "rule \"H2B-LABOR-CERTIFICATION\"");

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "validate", "--rules", broken.toString());

        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("h2a.drl:" + h2a + ": compile: ") && lines.get(0).contains("temporaryNed"), r.out());
        assertTrue(lines.get(1).startsWith("h2b.drl:" + h2b + ": compile: ") && lines.get(1).contains("APROVED"), r.out());
        assertEquals("2 problems", lines.get(2));
    }

    @Test
    void aFolderThatIsNotThereIsAUsageError() {
        CliRun.Result r = CliRun.run("", "validate", "--rules", "target/no-such-rules");

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("validate: --rules target/no-such-rules: not a folder\n", r.err());
    }

    @Test
    void helpSaysWhatIsCheckedAndTheExitCodes() {
        CliRun.Result r = CliRun.run("", "validate", "--help");

        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("\nCheck a rule set"), r.out());
        for (String expected : new String[] {"--rules=DIR", "file:line: code: message", "OK <rulesetVersion>",
            "Exit codes:", "  0   the rules have no problem", "  1   the rules have problems", "  2   invalid command line"}) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }
}
