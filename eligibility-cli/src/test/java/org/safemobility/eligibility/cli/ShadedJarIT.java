package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code target/eligibility-cli.jar} as its own process, as a user would. */
class ShadedJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("eligibility.cli.jar", "target/eligibility-cli.jar"));
    private static final Path EXAMPLES = Path.of("../examples/data/applicants.jsonl");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run java(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        Collections.addAll(command, args);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(emptyFile()) : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar finished in time");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private java.io.File emptyFile() throws IOException {
        Path empty = dir.resolve("empty");
        if (!Files.exists(empty)) {
            Files.createFile(empty);
        }
        return empty.toFile();
    }

    @Test
    void theJarEvaluatesTheBundledExamples() throws Exception {
        Run r = java(null, "evaluate", EXAMPLES.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "no log lines at the default level");
        String[] lines = r.out().split("\n");
        assertEquals(30, lines.length);
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals("smo-gt-0001", first.get("applicantId").textValue());
        assertEquals("ELIGIBLE", first.get("pathways").get(0).get("status").textValue());
        assertEquals(6, first.get("pathways").size());
        assertEquals("smo-ec-0007", JSON.readTree(lines[29]).get("applicantId").textValue());
    }

    @Test
    void theJarReportsInvalidInputFromStandardInputWithExitTwo() throws Exception {
        String valid = Files.readAllLines(EXAMPLES, StandardCharsets.UTF_8).get(0);
        Path stdin = dir.resolve("stdin.json");
        Files.writeString(stdin, "[" + valid + ", {\"id\": \"smo-z\", \"office\": \"GT\", \"nationalities\": [\"XX\"]}]");

        Run r = java(stdin, "evaluate", "--pretty", "-");

        assertEquals(2, r.exitCode(), r.err());
        JsonNode out = JSON.readTree(r.out());
        assertEquals("smo-gt-0001", out.get(0).get("applicantId").textValue());
        assertEquals("smo-z", out.get(1).get("applicantId").textValue());
        assertEquals("unassigned-country", out.get(1).get("errors").get(0).get("code").textValue());
        assertTrue(r.err().contains("evaluate: applicant [1] (id smo-z): nationalities[0] unassigned-country"),
                r.err());
    }

    @Test
    void theJarPrintsItsVersionAndHelp() throws Exception {
        Run version = java(null, "--version");
        Run help = java(null, "evaluate", "--help");

        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().matches("eligibility \\S+\nruleset safemobility-screening-\\S+\\+sha256\\.[0-9a-f]{16}\n"),
                version.out());
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--as-of=YYYY-MM-DD"), help.out());
    }

    @Test
    void theJarIsAssembledSoDroolsFindsThePrecompiledRules() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("org.safemobility.eligibility.cli.Main",
                    jar.getManifest().getMainAttributes().getValue("Main-Class"));
            // the engine builds its knowledge base from the model classes this index names
            assertTrue(jar.getEntry("META-INF/kie/org.safemobility/eligibility-rules/drools-model") != null);
            // merged, not overwritten: both jars' service entries survive
            String suppliers = read(jar, "META-INF/services/org.drools.wiring.api.ComponentsSupplier");
            assertTrue(suppliers.contains("org.drools.wiring.statics.StaticComponentsSupplier"), suppliers);
            assertTrue(suppliers.contains("org.drools.wiring.dynamic.DynamicComponentsSupplier"), suppliers);
            String factories = read(jar, "META-INF/services/com.fasterxml.jackson.core.JsonFactory");
            assertTrue(factories.contains("com.fasterxml.jackson.dataformat.csv.CsvFactory"), factories);
            assertTrue(factories.contains("com.fasterxml.jackson.core.JsonFactory"), factories);
            // no signature of a single dependency may claim the whole jar
            assertFalse(jar.stream().map(ZipEntry::getName).anyMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA)")));
        }
    }

    @Test
    void theJarCarriesTheClassicCompilerButNoXStreamAndNoModelGenerator() throws IOException {
        // --rules DIR compiles DRL with the classic compiler (eligibility-authoring); the bundled rules
        // still run precompiled, and nothing reads XML: docs/reliability.md, dependency hygiene
        List<String> forbidden = List.of("com/thoughtworks/xstream/", "org/drools/model/codegen/", "com/github/javaparser/");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> found = jar.stream().map(ZipEntry::getName)
                    .filter(n -> forbidden.stream().anyMatch(n::startsWith)).limit(5).toList();
            assertEquals(List.of(), found);
            assertTrue(jar.getEntry("META-INF/safemobility-ruleset/ruleset.sha256") != null, "the rule set's hash list ships");
            assertTrue(jar.getEntry("META-INF/services/org.safemobility.eligibility.internal.RuleCompiler") != null,
                    "the rule compiler is registered for rules folders");
        }
    }

    @Test
    void theJarCarriesNoJUnitJupiterAndNoLauncher() throws IOException {
        // diff --generate needs the testkit's generator only, not its JUnit extension or property
        // judge: Jupiter's API and the Platform launcher are test tools, not part of an application
        List<String> forbidden = List.of("org/junit/jupiter/", "org/junit/platform/launcher/");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> found = jar.stream().map(ZipEntry::getName)
                    .filter(n -> forbidden.stream().anyMatch(n::startsWith)).limit(5).toList();
            assertEquals(List.of(), found);
        }
    }

    @Test
    void theJarGeneratesApplicantsWithoutJUnit() throws Exception {
        // the same rules on both sides: every generated applicant is compared and none changes
        Path rules = dir.resolve("rules");
        copyTree(Path.of("../eligibility-rules/src/main/resources/org/safemobility/eligibility/rules"), rules);

        Run r = java(null, "diff", "--new", rules.toString(), "--generate", "200", "--seed", "1");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("population: 200 generated applicants (seed 1)"), r.out());
        assertTrue(r.out().contains("compared: 200, changed: 0, skipped as invalid: 0"), r.out());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String read(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertTrue(entry != null, name);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
