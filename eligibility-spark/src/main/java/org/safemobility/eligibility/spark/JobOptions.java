package org.safemobility.eligibility.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.safemobility.eligibility.RuleSetException;
import picocli.CommandLine.Option;

/** The options every job shares: where it runs, and the evaluation date. A picocli mixin. */
final class JobOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master, such as local[2]. Default: the one spark-submit sets, else local[*].")
    String master;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Evaluate applicants without an application date on this date. Default: "
                    + "today (UTC) on the driver, the same date on every executor.")
    LocalDate asOf;

    /** The as-of date of the job, fixed on the driver so every executor uses the same. */
    LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    }

    /** False, after saying why, when {@code folder} is given and is not a folder. */
    static boolean usableRules(PrintWriter err, String command, String option, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            err.println(command + ": " + option + " " + folder + ": not a folder");
            return false;
        }
        return true;
    }

    /** {@code command: WHICH do not build: N problems}, then each problem, indented. */
    static void describe(PrintWriter err, String command, String which, RuleSetException e) {
        int n = e.problems().size();
        err.println(command + ": " + which + " do not build: " + n + (n == 1 ? " problem" : " problems"));
        for (String problem : e.problems()) {
            err.println("  " + problem);
        }
    }
}
