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
        // the linter finds each misspelt value where it is written, and names the value meant
        int[] h2a = RuleFolders.position(broken, "h2a.drl", "LaborCertification.PENDNG)", "PENDNG");
        int[] h2b = RuleFolders.position(broken, "h2b.drl", "LaborCertification.APROVED)", "APROVED");

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "validate", "--rules", broken.toString());

        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals("h2a.drl:" + h2a[0] + ":" + h2a[1] + ": unknown-field: no value `PENDNG` in LaborCertification; "
                + "did you mean `PENDING`?", lines.get(0));
        assertEquals("h2b.drl:" + h2b[0] + ":" + h2b[1] + ": unknown-field: no value `APROVED` in LaborCertification; "
                + "did you mean `APPROVED`?", lines.get(1));
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
