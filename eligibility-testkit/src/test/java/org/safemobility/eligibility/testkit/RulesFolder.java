package org.safemobility.eligibility.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.testing.SharedFolder;

/**
 * Engines built at test time from a folder of DRL: a copy of the bundled rule set's source files
 * (the DRL, tables and manifest under {@code eligibility-rules/src/main/resources}), optionally
 * with one rule edited. The folder is laid out like a kjar without a precompiled model
 * ({@code META-INF/kmodule.xml} and the DRL under its package), beside a second root with the rule
 * set's files under {@code META-INF/safemobility-ruleset/} for the version hash; the engine is built
 * through the public builder with a class loader that serves both, so Drools compiles the DRL with
 * the classic compiler.
 *
 * <p>This works here because the testkit's test class path holds no other rules (the precompiled
 * kjar of {@code eligibility-rules} would win a name clash). It stands in for "rules from a folder",
 * which the library does not offer yet.
 */
final class RulesFolder {

    private static final Path SOURCES = SharedFolder.projectRoot().resolve("eligibility-rules/src/main/resources");
    private static final String PACKAGE = "org/safemobility/eligibility/rules";
    private static final Map<String, EligibilityEngine> BUILT = new ConcurrentHashMap<>();

    private RulesFolder() {
    }

    /** The bundled rules, compiled from their DRL. Built once per test run. */
    static EligibilityEngine bundledCopy() {
        return BUILT.computeIfAbsent("bundled-copy", name -> build(name, null, null, null));
    }

    /**
     * The bundled rules with {@code from} replaced by {@code to} in {@code file}, where it must occur
     * exactly once. Built once per name.
     */
    static EligibilityEngine withEdit(String name, String file, String from, String to) {
        return BUILT.computeIfAbsent(name, n -> build(n, file, from, to));
    }

    private static EligibilityEngine build(String name, String file, String from, String to) {
        Path folder = Path.of("target", "rules-folders", name).toAbsolutePath();
        // Two roots: the module Drools compiles, and beside it the rule set's files for the version
        // hash (Drools would compile DRL found anywhere in its module's root).
        Path root = folder.resolve("kmodule");
        Path ruleset = folder.resolve("ruleset");
        try {
            delete(folder);
            Path rules = SOURCES.resolve(PACKAGE);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(rules)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path source : files) {
                String relative = rules.relativize(source).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(source);
                if (relative.equals(file)) {
                    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    int at = text.indexOf(from);
                    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                        throw new IllegalArgumentException(file + " must contain the text to replace exactly once: " + from);
                    }
                    bytes = text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                write(root.resolve(PACKAGE).resolve(relative), bytes);
                write(ruleset.resolve("META-INF/safemobility-ruleset").resolve(relative), bytes);
            }
            write(root.resolve("META-INF/kmodule.xml"), Files.readAllBytes(SOURCES.resolve("META-INF/kmodule.xml")));
            // A release id of its own, so Drools keeps every folder's module apart.
            write(root.resolve("META-INF/maven/org.safemobility.testkit/" + name + "/pom.properties"),
                    ("groupId=org.safemobility.testkit\nartifactId=" + name + "\nversion=1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // The hash list the engine checks at load, written the way the rules module's build writes it.
            org.safemobility.eligibility.internal.RuleSetIntegrity.main(new String[] {ruleset.toString()});
            ClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL(), ruleset.toUri().toURL()},
                    RulesFolder.class.getClassLoader());
            return EligibilityEngine.builder().classLoader(loader).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }

    private static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
