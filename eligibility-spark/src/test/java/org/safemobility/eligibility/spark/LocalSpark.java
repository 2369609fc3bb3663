package org.safemobility.eligibility.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' one Spark session, local[2] (two executor threads in this JVM), started once for all
 * test classes (surefire runs them in one JVM) and stopped by Spark's shutdown hook.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("eligibility-spark tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    // small splits: a test file of a few hundred applicants is read as several
                    // partitions, so order across partitions and per-partition work are tested
                    .config("spark.sql.files.maxPartitionBytes", "65536")
                    .getOrCreate();
        }
        return session;
    }

    /** What a command line gave: its exit code and what it said on standard error. */
    record Run(int code, String err) {
    }

    /** Runs a command line of the job in the tests' session. */
    static Run run(String... args) {
        session();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, err.toString());
    }

    /** How many part files {@code dir} holds: one per partition. */
    static long parts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the JSON part files of {@code dir}, part after part (partition order). */
    static List<String> jsonLines(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> lines = new ArrayList<>();
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
