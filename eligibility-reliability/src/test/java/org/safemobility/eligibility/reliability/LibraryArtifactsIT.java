package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published artifacts as a team adopting the library gets them, checked on the jars the build
 * has just packaged (this module is built last): each library jar is named on the module path and
 * shares no package with another, ships sources and API-only javadoc, and the BOM manages exactly
 * the libraries at the project's version.
 */
class LibraryArtifactsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("project.version");

    /** artifactId and the Automatic-Module-Name its jar must carry. */
    private static final Map<String, String> LIBRARIES = Map.of(
            "eligibility-core", "org.safemobility.eligibility.core",
            "eligibility-rules", "org.safemobility.eligibility.rules",
            "eligibility-authoring", "org.safemobility.eligibility.authoring",
            "eligibility-testkit", "org.safemobility.eligibility.testkit");

    private static Path jar(String artifactId, String classifier) {
        String suffix = classifier.isEmpty() ? "" : "-" + classifier;
        return ROOT.resolve(artifactId).resolve("target").resolve(artifactId + "-" + VERSION + suffix + ".jar");
    }

    @ParameterizedTest
    @CsvSource({
            "eligibility-core, org.safemobility.eligibility.core",
            "eligibility-rules, org.safemobility.eligibility.rules",
            "eligibility-authoring, org.safemobility.eligibility.authoring",
            "eligibility-testkit, org.safemobility.eligibility.testkit"})
    void eachLibraryJarNamesItsModule(String artifactId, String moduleName) throws IOException {
        try (JarFile jar = new JarFile(jar(artifactId, "").toFile())) {
            assertEquals(moduleName, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
        ModuleReference module = ModuleFinder.of(jar(artifactId, "")).findAll().iterator().next();
        assertEquals(moduleName, module.descriptor().name());
    }

    @Test
    void noPackageIsSplitBetweenTheLibraryJars() {
        Map<String, String> owner = new HashMap<>();
        Set<String> split = new TreeSet<>();
        for (String artifactId : LIBRARIES.keySet()) {
            ModuleDescriptor descriptor = ModuleFinder.of(jar(artifactId, "")).findAll().iterator().next().descriptor();
            for (String pkg : descriptor.packages()) {
                String before = owner.putIfAbsent(pkg, artifactId);
                if (before != null) {
                    split.add(pkg + " in " + before + " and " + artifactId);
                }
            }
        }
        assertEquals(Set.of(), split);
        // and the module system agrees: the four resolve together on a module path
        ModuleFinder all = ModuleFinder.of(LIBRARIES.keySet().stream().map(a -> jar(a, "")).toArray(Path[]::new));
        Configuration resolved = ModuleLayer.boot().configuration().resolve(all, ModuleFinder.of(), LIBRARIES.values());
        assertEquals(new TreeSet<>(LIBRARIES.values()),
                resolved.modules().stream().map(m -> m.name()).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @CsvSource({
            "eligibility-core, org/safemobility/eligibility/EligibilityEngine.java",
            "eligibility-rules, org/safemobility/eligibility/rules/derived-facts.drl",
            "eligibility-authoring, org/safemobility/eligibility/authoring/RuleLinter.java",
            "eligibility-testkit, org/safemobility/eligibility/testkit/StockProperties.java"})
    void eachLibraryShipsItsSources(String artifactId, String source) throws IOException {
        try (JarFile jar = new JarFile(jar(artifactId, "sources").toFile())) {
            assertNotNull(jar.getEntry(source), source);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "eligibility-core, org/safemobility/eligibility/report/EligibilityReport.html",
            "eligibility-authoring, org/safemobility/eligibility/authoring/RuleLinter.html",
            "eligibility-testkit, org/safemobility/eligibility/testkit/StockProperties.html"})
    void eachJavadocJarDocumentsTheApiAndNoInternals(String artifactId, String page) throws IOException {
        try (JarFile jar = new JarFile(jar(artifactId, "javadoc").toFile())) {
            // javadoc files the pages of an automatic module under the module's name
            List<String> names = jar.stream().map(ZipEntry::getName).map(n -> "/" + n).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith("/" + page)), page);
            List<String> internal = names.stream()
                    .filter(n -> n.contains("/internal/") || n.contains("/org/safemobility/eligibility/facts/"))
                    .limit(5).toList();
            assertEquals(List.of(), internal);
        }
    }

    @Test
    void theRulesHaveAJavadocJarSayingWhereTheyAreDocumented() throws IOException {
        try (JarFile jar = new JarFile(jar("eligibility-rules", "javadoc").toFile())) {
            assertNotNull(jar.getEntry("index.html"));
        }
    }

    @Test
    void theBomManagesExactlyTheLibrariesAtTheProjectVersion() throws IOException {
        String bom = Files.readString(ROOT.resolve("eligibility-bom/pom.xml"));
        // no parent: importing the BOM must not import the build's own dependencyManagement
        assertFalse(bom.contains("<parent>"), "the BOM has no parent");
        Matcher own = Pattern.compile("<artifactId>eligibility-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
        assertTrue(own.find(), "the BOM's version");
        assertEquals(VERSION, own.group(1), "the BOM's version is the project's");
        Matcher managed = Pattern.compile("<dependency>\\s*<groupId>org\\.safemobility</groupId>\\s*"
                + "<artifactId>([^<]+)</artifactId>\\s*<version>\\$\\{project\\.version}</version>\\s*</dependency>").matcher(bom);
        Set<String> artifacts = new TreeSet<>();
        while (managed.find()) {
            artifacts.add(managed.group(1));
        }
        assertEquals(new TreeSet<>(LIBRARIES.keySet()), artifacts);
        assertEquals(LIBRARIES.size(), bom.split("<dependency>", -1).length - 1, "nothing else is managed");
    }
}
