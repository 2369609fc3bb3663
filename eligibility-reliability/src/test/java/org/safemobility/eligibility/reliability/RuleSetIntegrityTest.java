package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.json.EligibilityJson;

/**
 * The bundled rules ship with {@code ruleset.sha256}, written by the build; a tampered, missing or
 * extra file is refused with a {@link RuleSetException}, and a refused load never disturbs an
 * engine already built.
 */
class RuleSetIntegrityTest {

    static final String BASE = "META-INF/safemobility-ruleset/";
    static final String HASHES = BASE + "ruleset.sha256";

    private static EligibilityEngine working;
    private static List<String> workingReports;

    @TempDir
    Path dir;

    @BeforeAll
    static void aWorkingEngine() {
        working = EligibilityEngine.builder().build();
        workingReports = reports(working);
    }

    private static List<String> reports(EligibilityEngine engine) {
        return Examples.applicants().stream().map(a -> EligibilityJson.writeReport(engine.evaluate(a))).toList();
    }

    /** The paths the hash list names, from the class path. */
    private static List<String> hashed() {
        List<String> paths = new ArrayList<>();
        for (String line : TestRuleSets.read(HASHES).split("\n")) {
            if (!line.isBlank()) {
                paths.add(line.substring(66));
            }
        }
        return paths;
    }

    /**
     * A copy of the bundled rule set's folder, the model index and the model classes under {@link #dir},
     * changed by {@code change}, and a class loader that finds those resources there (and
     * everything else where the test's own loader does).
     */
    private ClassLoader copyChangedBy(Consumer<Path> change) throws IOException {
        Path root = dir.resolve("classpath");
        for (String path : hashed()) {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                Files.write(target, in.readAllBytes());
            }
        }
        Files.write(root.resolve(HASHES), TestRuleSets.read(HASHES).getBytes(StandardCharsets.UTF_8));
        change.accept(root);
        return new OverlayLoader(root, getClass().getClassLoader());
    }

    private RuleSetException refused(Consumer<Path> change) throws IOException {
        ClassLoader loader = copyChangedBy(change);
        RuleSetException e = assertThrows(RuleSetException.class, () -> EligibilityEngine.builder().classLoader(loader).build());
        assertEquals(workingReports, reports(working), "the engine built before keeps working, unchanged");
        return e;
    }

    private static void edit(Path file, String append) {
        try {
            Files.write(file, append.getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theHashListCoversTheRuleFilesTheManifestAndTheGeneratedModel() {
        List<String> paths = hashed();
        assertTrue(paths.containsAll(List.of(BASE + "ruleset.manifest", BASE + "access.drl", BASE + "criteria.csv",
                BASE + "reference/offices.csv", "META-INF/kie/org.safemobility/eligibility-rules/drools-model")), paths.toString());
        long classes = paths.stream().filter(p -> p.endsWith(".class")).count();
        assertTrue(classes > 10, "the model's classes are hashed: " + classes);
        Figures.print("integrity", paths.size() + " files hashed (" + classes + " of them generated model classes)");
    }

    @Test
    void anUntouchedCopyLoads() throws IOException {
        ClassLoader loader = copyChangedBy(root -> { });
        assertEquals(workingReports, reports(EligibilityEngine.builder().classLoader(loader).build()));
    }

    @Test
    void aTamperedRuleFileIsRefused() throws IOException {
        RuleSetException e = refused(root -> edit(root.resolve(BASE + "access.drl"), "\n// one more line\n"));
        assertEquals(List.of(BASE + "access.drl:0: tampered-file: its content differs from its hash in ruleset.sha256"),
                e.problems());
    }

    @Test
    void aTamperedReferenceTableIsRefused() throws IOException {
        RuleSetException e = refused(root -> edit(root.resolve(BASE + "reference/offices.csv"), "GT,2020-01-01,2030-12-31\n"));
        assertEquals(List.of(BASE + "reference/offices.csv:0: tampered-file: its content differs from its hash in ruleset.sha256"),
                e.problems());
    }

    @Test
    void aTamperedModelClassIsRefused() throws IOException {
        String modelClass = hashed().stream().filter(p -> p.endsWith(".class")).findFirst().orElseThrow();
        RuleSetException e = refused(root -> edit(root.resolve(modelClass), "x"));
        assertEquals(List.of(modelClass + ":0: tampered-file: its content differs from its hash in ruleset.sha256"), e.problems());
    }

    @Test
    void aMissingRuleFileIsRefused() throws IOException {
        RuleSetException e = refused(root -> delete(root.resolve(BASE + "h2b.drl")));
        assertEquals(List.of(BASE + "h2b.drl:0: missing-file: listed in ruleset.sha256 but not on the class path"), e.problems());
    }

    @Test
    void anExtraRuleFileIsRefused() throws IOException {
        RuleSetException e = refused(root -> edit(root.resolve(BASE + "extra.drl"), "rule \"EXTRA\" when then end\n"));
        assertEquals(List.of(BASE + "extra.drl:0: extra-file: in the rule set folder but not in ruleset.sha256"), e.problems());
    }

    @Test
    void aMissingHashListIsRefused() throws IOException {
        RuleSetException e = refused(root -> delete(root.resolve(HASHES)));
        assertTrue(e.problems().get(0).startsWith(HASHES + ":0: missing-hashes"), e.problems().toString());
    }

    @Test
    void aFileOfTheManifestThatIsNotHashedIsRefused() throws IOException {
        RuleSetException e = refused(root -> {
            try {
                Path hashes = root.resolve(HASHES);
                List<String> lines = new ArrayList<>(Files.readAllLines(hashes));
                lines.removeIf(l -> l.endsWith("  " + BASE + "cam.drl"));
                Files.write(hashes, lines);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        assertEquals(List.of(BASE + "cam.drl:0: unhashed-file: part of the rule set but not listed in ruleset.sha256",
                BASE + "cam.drl:0: extra-file: in the rule set folder but not in ruleset.sha256"), e.problems());
    }

    @Test
    void theRuleSetTwiceOnTheClassPathIsRefused() throws IOException {
        ClassLoader once = copyChangedBy(root -> { });
        ClassLoader twice = new ClassLoader(once) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                List<URL> urls = Collections.list(super.getResources(name));
                if (name.startsWith(BASE)) {
                    urls.addAll(Collections.list(getClass().getClassLoader().getResources(name)));
                }
                return Collections.enumeration(urls);
            }
        };
        RuleSetException e = assertThrows(RuleSetException.class, () -> EligibilityEngine.builder().classLoader(twice).build());
        assertTrue(e.problems().get(0).contains("duplicate-ruleset"), e.problems().toString());
        assertEquals(workingReports, reports(working));
    }

    /**
     * A loader chain that names the rules jar twice (a parent and a child loader both given it, as
     * cluster and application servers do) answers with the same URL twice: one copy, which loads.
     */
    @Test
    void theSameJarNamedTwiceIsOneCopy() throws IOException {
        ClassLoader once = copyChangedBy(root -> { });
        ClassLoader sameTwice = new ClassLoader(once) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                List<URL> urls = Collections.list(super.getResources(name));
                if (name.startsWith(BASE)) {
                    urls.addAll(Collections.list(super.getResources(name)));
                }
                return Collections.enumeration(urls);
            }
        };
        assertEquals(2, Collections.list(sameTwice.getResources(HASHES)).size(), "the loader answers twice");
        EligibilityEngine engine = EligibilityEngine.builder().classLoader(sameTwice).build();
        assertEquals(working.rulesetVersion(), engine.rulesetVersion());
    }

    @Test
    void aFolderAheadOfTheRulesJarOnTheClassPathCannotChangeTheRules() throws Exception {
        // a changed offices.csv (Guatemala closing a year early) and a hash list to match, in a
        // directory ahead of everything else on the class path: the rules jar itself is untouched
        Path ahead = dir.resolve("ahead");
        Path offices = ahead.resolve(BASE + "reference/offices.csv");
        Files.createDirectories(offices.getParent());
        String original = TestRuleSets.read(BASE + "reference/offices.csv");
        String changed = original.replace("GT,2023-06-12,2025-01-26,", "GT,2023-06-12,2024-01-26,");
        assertTrue(!changed.equals(original));
        Files.writeString(offices, changed);
        Files.writeString(ahead.resolve(HASHES), TestRuleSets.read(HASHES).replace(
                sha256(original.getBytes(StandardCharsets.UTF_8)), sha256(changed.getBytes(StandardCharsets.UTF_8))));
        List<URL> path = new ArrayList<>(List.of(ahead.toUri().toURL()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            path.add(Path.of(entry).toUri().toURL());
        }

        // a loader of its own (the platform loader as parent), so every class and resource, the
        // engine's included, is found as on a service's class path: the directory first
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(path.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertEquals(ahead.resolve(HASHES).toUri().toURL(), loader.getResource(HASHES), "the directory is found first");
            Class<?> engine = loader.loadClass("org.safemobility.eligibility.EligibilityEngine");
            Object builder = engine.getMethod("builder").invoke(null);
            java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> builder.getClass().getMethod("build").invoke(builder));
            assertEquals(RuleSetException.class.getName(), e.getCause().getClass().getName(), String.valueOf(e.getCause()));
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) e.getCause().getClass().getMethod("problems").invoke(e.getCause());
            assertEquals(List.of(
                    BASE + "reference/offices.csv:0: shadowed-file: found 2 times on the class path; the rule set is read "
                            + "from the eligibility-rules jar alone, so nothing else may hold its files",
                    HASHES + ":0: shadowed-file: found 2 times on the class path; the rule set is read from the "
                            + "eligibility-rules jar alone, so nothing else may hold its files"), problems);
        }
        assertEquals(workingReports, reports(working));
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds resources under {@code root} first; classes and everything else as its parent does. */
    static final class OverlayLoader extends ClassLoader {
        private final Path root;

        OverlayLoader(Path root, ClassLoader parent) {
            super(parent);
            this.root = root;
        }

        private boolean overlaid(String name) {
            return name.startsWith(BASE) || name.startsWith("META-INF/kie/") || name.startsWith("org/safemobility/eligibility/rules/");
        }

        @Override
        public URL getResource(String name) {
            if (!overlaid(name)) {
                return super.getResource(name);
            }
            Path p = root.resolve(name);
            try {
                return Files.isRegularFile(p) ? p.toUri().toURL() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!overlaid(name)) {
                return super.getResources(name);
            }
            URL url = getResource(name);
            return Collections.enumeration(url == null ? List.of() : List.of(url));
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            URL url = getResource(name);
            try {
                return url == null ? null : url.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
