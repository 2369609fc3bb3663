package org.safemobility.eligibility.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * On the driver, before any data is read: builds the engine of the rules a job runs (so that a
 * rules folder that does not build fails the command at once, with its problems, and no executor
 * starts a task), and ships a rules folder to the executors.
 *
 * <p>The folder is first copied under a name of its own ({@code rules-<uuid>}): Spark keys shipped
 * files by file name, and {@code diff} ships two folders that are often both called {@code rules}.
 * The copy is what the driver checks and what the executors get, and each executor checks that
 * its copy holds the same rule set version. Close the shipping to delete the copies once the job is over.
 */
final class RulesShipping implements AutoCloseable {

    private final SparkSession spark;
    private Path staging;

    RulesShipping(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * The rules of {@code folder}, or the bundled rules when {@code folder} is null, built here and
     * ready for the executors.
     *
     * @throws org.safemobility.eligibility.RuleSetException when the rules do not build
     */
    RulesSource ship(Path folder) throws IOException {
        if (folder == null) {
            Engines.of(RulesSource.BUNDLED, null);
            return RulesSource.bundledRules();
        }
        if (staging == null) {
            staging = Files.createTempDirectory("eligibility-spark-rules");
        }
        String name = "rules-" + UUID.randomUUID();
        Path copy = staging.resolve(name);
        copyTree(folder, copy);
        String version = RuleSet.versionOf(RuleSetFiles.folder(copy));
        Engines.of(version, copy);
        spark.sparkContext().addFile(copy.toUri().toString(), true);
        return new RulesSource(version, name);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Deletes the copies; the executors have their own. */
    @Override
    public void close() {
        if (staging == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
