package org.safemobility.eligibility.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * On the driver, before any data is read: builds the engine of the rules a job runs (so that a
 * rules folder that does not build fails the command at once, with its problems, and no task
 * starts), and ships a rules folder to the executors.
 *
 * <p>The folder is first copied under a name made from its content ({@code rules-<hash of the
 * rule set version>}): Spark keys shipped files by file name, {@code diff} ships two folders that
 * are often both called {@code rules}, and a folder shipped twice to one Spark context (the same
 * content) is shipped once. The copy is what the driver checks; it goes to the executors as a zip
 * archive ({@link org.apache.spark.SparkContext#addArchive}), which each executor unpacks into a
 * folder of that name ({@code SparkFiles.get("rules-<hash>.zip")}): Spark ships a local folder
 * itself in local mode only. Each executor checks that its copy holds the same rule set version.
 * Every task of the context fetches what was added so far, so the copies live as long as this JVM.
 */
final class RulesShipping {

    private static Path staging;

    private RulesShipping() {
    }

    /**
     * The rules of {@code folder}, or the bundled rules when {@code folder} is null, built here and
     * ready for the executors.
     *
     * @throws org.safemobility.eligibility.RuleSetException when the rules do not build
     */
    static RulesSource ship(SparkSession spark, Path folder) throws IOException {
        if (folder == null) {
            Engines.of(RulesSource.BUNDLED, null);
            return RulesSource.bundledRules();
        }
        String version = RuleSet.versionOf(RuleSetFiles.folder(folder));
        String name = "rules-" + hash(version);
        Path copy = staging().resolve(name);
        Path archive = staging().resolve(name + ".zip");
        if (!Files.exists(archive)) {
            Path partial = Files.createTempDirectory(staging(), name);
            copyTree(folder, partial);
            if (!RuleSet.versionOf(RuleSetFiles.folder(partial)).equals(version)) {
                throw new IOException("the rules in " + folder + " changed while they were copied");
            }
            Files.move(partial, copy);
            Path zip = Files.createTempFile(staging(), name, ".part");
            zip(copy, zip);
            Files.move(zip, archive);
        }
        Engines.of(version, copy);
        String shipped = archive.getFileName().toString();
        if (spark.sparkContext().listArchives().toList().filter(a -> a.endsWith("/" + shipped)).isEmpty()) {
            spark.sparkContext().addArchive(archive.toUri().toString());
        }
        return new RulesSource(version, shipped);
    }

    /** Zips the files of {@code folder}, by their paths relative to it. */
    private static void zip(Path folder, Path zip) throws IOException {
        try (Stream<Path> files = Files.walk(folder);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static String hash(String version) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder of this JVM's copies, deleted when the JVM exits. */
    private static synchronized Path staging() throws IOException {
        if (staging == null) {
            Path dir = Files.createTempDirectory("eligibility-spark-rules");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "eligibility-spark-rules cleanup"));
            staging = dir;
        }
        return staging;
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

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
