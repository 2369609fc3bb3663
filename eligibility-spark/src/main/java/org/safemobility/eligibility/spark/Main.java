package org.safemobility.eligibility.spark;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the Spark job: {@code spark-submit --class org.safemobility.eligibility.spark.Main
 * eligibility-spark.jar screen --input PATH --output DIR}, or {@code spark-local.sh screen ...}.
 *
 * <p>Exit codes, as the CLI's: 0 success; 2 invalid input or usage (a rules path that is not a
 * folder, an input that cannot be read, an output that exists); 1 the rules do not build or the
 * job failed. A bad applicant never fails the job: it is a row with errors.
 */
@Command(name = "eligibility-spark", mixinStandardHelpOptions = true,
        subcommands = {ScreenCommand.class, DiffCommand.class},
        description = "Screen applicants on Apache Spark.")
public final class Main implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_INTERNAL = 1;
    static final int EXIT_INVALID = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs one command line, stops the Spark session it started, and exits with its code. Success
     * returns from {@code main} instead of calling {@code System.exit(0)}: on YARN in cluster mode
     * the application master takes an exit before it reports the final status for a failure.
     */
    public static void main(String[] args) {
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } finally {
            Sessions.stop();
        }
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /** Runs one command line in the Spark session of this JVM (a new one when none runs) and returns its exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(commandLine.getCommandName() + ": failed: " + e);
            e.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: screen or diff");
    }
}
