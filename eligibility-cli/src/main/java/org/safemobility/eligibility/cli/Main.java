package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.safemobility.eligibility.EligibilityEngine;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of {@code eligibility-cli.jar}: {@code java -jar eligibility-cli.jar evaluate FILE}.
 *
 * <p>Exit codes: 0 success; 2 invalid input or usage; 1 internal failure, or findings
 * ({@code validate}: problems in the rules, {@code test}: failed scenarios or coverage gaps).
 * Standard output carries the command's result (only JSON for {@code evaluate}); diagnostics and
 * logs go to standard error.
 */
public final class Main {

    /** Exit code of an internal failure: the rules or the program failed, not the input. */
    static final int EXIT_INTERNAL = 1;
    /** Exit code of findings: problems in a rule set, failed scenarios, coverage gaps. */
    static final int EXIT_FINDINGS = 1;
    /** Exit code of invalid input or an invalid command line. */
    static final int EXIT_INVALID = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs one command line against the given streams and returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, () -> EligibilityEngine.builder().build());
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with the engine from {@code engines}. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                   Supplier<EligibilityEngine> engines) {
        return run(args, in, out, err, engines, Console.FOLDER_ENGINES);
    }

    /** As above, with the engines of {@code --rules DIR} from {@code folderEngines}. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                   Supplier<EligibilityEngine> engines, Function<Path, EligibilityEngine> folderEngines) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Console console = new Console(in, out, errWriter, engines, folderEngines);
        try {
            return commandLine(console).execute(args);
        } finally {
            out.flush();
            errWriter.flush();
        }
    }

    /** The {@code eligibility} command with all its subcommands, wired to {@code console}. */
    static CommandLine commandLine(Console console) {
        CommandLine cli = new CommandLine(new EligibilityCommand(console));
        PrintWriter outWriter = new PrintWriter(
                new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), true);
        cli.setOut(outWriter);
        cli.setErr(console.err());
        cli.setExecutionExceptionHandler(Main::internalFailure);
        IVersionProvider version = () -> new String[] {
            "eligibility " + cliVersion(),
            "ruleset " + console.engine().rulesetVersion()
        };
        setVersion(cli, version);
        return cli;
    }

    private static void setVersion(CommandLine cli, IVersionProvider version) {
        cli.getCommandSpec().versionProvider(version);
        for (CommandLine sub : cli.getSubcommands().values()) {
            setVersion(sub, version);
        }
    }

    /**
     * An exception escaped a command: the rules failed or the program has a bug. Prints its type and
     * message (library exceptions never carry applicant data); the stack trace only with --debug.
     */
    private static int internalFailure(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("eligibility: internal failure: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (debug(parsed)) {
            e.printStackTrace(err);
        } else {
            err.println("eligibility: run with --debug for the stack trace");
        }
        err.flush();
        return EXIT_INTERNAL;
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** This program's version, from the build. */
    static String cliVersion() {
        try (InputStream in = Main.class.getResourceAsStream("/eligibility-cli.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
