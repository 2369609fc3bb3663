package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.run;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpAndVersionTest {

    private static CommandLine commandLine() {
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(PrintStream.nullOutputStream()),
                new PrintWriter(new StringWriter()), CliRun.SHARED_ENGINE);
        return Main.commandLine(console);
    }

    @Test
    void evaluateHelpMentionsEveryOption() {
        CliRun.Result r = run("", "evaluate", "--help");

        assertEquals(0, r.exitCode());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("\nScreen applicants"), r.out());
        CommandLine evaluate = commandLine().getSubcommands().get("evaluate");
        assertFalse(evaluate.getCommandSpec().options().isEmpty());
        for (OptionSpec option : evaluate.getCommandSpec().options()) {
            assertTrue(r.out().contains(option.longestName()), option.longestName() + " in\n" + r.out());
        }
        for (String expected : new String[] {"--as-of=YYYY-MM-DD", "--pretty", "--jsonl", "FILE|-", ".jsonl",
            "Exit codes:", "JSON Lines"}) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }

    @Test
    void everyCommandHasHelp() {
        Map<String, CommandLine> commands = commandLine().getSubcommands();
        assertTrue(commands.containsKey("evaluate"));
        for (String name : commands.keySet()) {
            CliRun.Result r = run("", name, "--help");
            assertEquals(0, r.exitCode(), name);
            assertTrue(r.out().contains("Usage: eligibility " + name), name + ":\n" + r.out());
        }
        CliRun.Result top = run("", "--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("Usage: eligibility"), top.out());
        assertTrue(top.out().matches("(?s).*evaluate +Screen applicants.*"), top.out());
        assertTrue(top.out().contains("--version"), top.out());
    }

    @Test
    void versionNamesTheRuleset() {
        CliRun.Result r = run("", "--version");

        assertEquals(0, r.exitCode(), r.err());
        String ruleset = CliRun.SHARED_ENGINE.get().rulesetVersion();
        assertTrue(ruleset.matches("safemobility-screening-.+\\+sha256\\.[0-9a-f]{16}"), ruleset);
        assertEquals("eligibility " + Main.cliVersion() + "\nruleset " + ruleset + "\n", r.out());
        assertTrue(Main.cliVersion().matches("\\d+\\.\\d+\\.\\d+.*"), Main.cliVersion());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun.Result r = run("");

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Missing required subcommand"), r.err());
    }

    @Test
    void unknownOptionsAndMissingFilesAreUsageErrors() {
        CliRun.Result unknown = run("", "evaluate", "--fast", "-");
        CliRun.Result noFile = run("", "evaluate");

        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown option: '--fast'"), unknown.err());
        assertEquals(2, noFile.exitCode());
        assertTrue(noFile.err().contains("Missing required parameter: 'FILE|-'"), noFile.err());
    }
}
