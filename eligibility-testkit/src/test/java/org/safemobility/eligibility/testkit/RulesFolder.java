package org.safemobility.eligibility.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Engines built at test time from a copy of the bundled rules folder (the DRL, tables and manifest
 * under {@code eligibility-rules/src/main/resources}), optionally with one rule edited, through
 * {@link EligibilityEngine.Builder#rulesFolder}: linted and compiled as an analyst's folder is.
 */
final class RulesFolder {

    private static final Path SOURCES = SharedFolder.projectRoot()
            .resolve("eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");
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
        try {
            delete(folder);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(SOURCES)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path source : files) {
                String relative = SOURCES.relativize(source).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(source);
                if (relative.equals(file)) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    int at = text.indexOf(from);
                    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                        throw new IllegalArgumentException(file + " must contain the text to replace exactly once: " + from);
                    }
                    bytes = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                Path target = folder.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
            return EligibilityEngine.builder().rulesFolder(folder).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
