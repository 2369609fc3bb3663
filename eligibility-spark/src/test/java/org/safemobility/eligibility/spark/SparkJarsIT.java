package org.safemobility.eligibility.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged artifacts: {@code spark-local.sh} runs the job from the build's output, and
 * {@code target/eligibility-spark.jar} carries the job and the engine but none of what a Spark
 * installation provides.
 */
class SparkJarsIT {

    private static final Path SCRIPT = Path.of("spark-local.sh");
    private static final Path JAR = Path.of("target/eligibility-spark.jar");
    private static final Path EXAMPLES = Path.of("../examples/data/applicants.jsonl");

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private Run script(String... args) throws IOException, InterruptedException {
        Path err = dir.resolve("err.txt");
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "spark-local.sh finished in time");
        return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void sparkLocalScreensTheBundledExamplesWithNoSparkInstallation() throws Exception {
        Path output = dir.resolve("screened");

        Run run = script("--master", "local[2]", "screen", "--input", EXAMPLES.toString(), "--output",
                output.toString(), "--format", "json", "--as-of", "2026-06-01");

        assertEquals(0, run.code(), run.err());
        long applicants = Files.readAllLines(EXAMPLES).stream().filter(l -> !l.isBlank()).count();
        assertTrue(run.err().contains("screen: " + applicants + " applicants screened, 0 rows with errors"), run.err());
        try (Stream<Path> parts = Files.list(output)) {
            long rows = 0;
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                rows += Files.readAllLines(part).size();
            }
            assertEquals(applicants, rows);
        }
    }

    @Test
    void aRulesPathThatIsNotAFolderIsAUsageError() throws Exception {
        Run run = script("screen", "--input", EXAMPLES.toString(), "--output", dir.resolve("x").toString(),
                "--rules", EXAMPLES.toString());

        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("--rules " + EXAMPLES + ": not a folder"), run.err());
    }

    @Test
    void theSparkSubmitJarHoldsTheJobAndTheEngineButNotWhatSparkProvides() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals(Main.class.getName(), jar.getManifest().getMainAttributes().getValue("Main-Class"));
            for (String inside : List.of("org/safemobility/eligibility/spark/Main.class",
                    "org/safemobility/eligibility/EligibilityEngine.class",
                    "org/safemobility/eligibility/authoring/diff/ImpactDiff.class",
                    "META-INF/safemobility-ruleset/ruleset.manifest",
                    "org/drools/model/Model.class",
                    "picocli/CommandLine.class")) {
                assertNotNull(jar.getEntry(inside), inside);
            }
            for (String prefix : List.of("org/apache/spark/", "scala/", "org/apache/hadoop/",
                    "com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/", "org/slf4j/",
                    "org/antlr/v4/runtime/", "org/apache/logging/log4j/")) {
                assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith(prefix)), prefix + " is Spark's to provide");
            }
        }
    }
}
