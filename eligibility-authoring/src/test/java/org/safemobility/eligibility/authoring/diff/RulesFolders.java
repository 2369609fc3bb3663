package org.safemobility.eligibility.authoring.diff;

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
 * Rules folders for the tests: copies of the bundled rules' source folder under {@code target/},
 * some with a row of a table edited, and the engines built from them, once per test run (each
 * build compiles the DRL, a few seconds).
 */
final class RulesFolders {

    static final Path SOURCE = SharedFolder.projectRoot()
            .resolve("eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");

    /** One text replacement in one file of the folder; the text must occur exactly once. */
    record Edit(String file, String from, String to) {
    }

    private static final Map<String, EligibilityEngine> BUILT = new ConcurrentHashMap<>();

    private RulesFolders() {
    }

    /** The bundled rules, unedited, compiled from a copy of their folder. */
    static EligibilityEngine unedited() {
        return engine("unedited");
    }

    /** The engine of the folder {@code name} with {@code edits}; built on first call. */
    static EligibilityEngine engine(String name, Edit... edits) {
        return BUILT.computeIfAbsent(name, n -> EligibilityEngine.builder().rulesFolder(copy(n, List.of(edits))).build());
    }

    /** A fresh copy of the source folder in {@code target/rules-folders/name}, with the edits made. */
    static Path copy(String name, List<Edit> edits) {
        Path folder = Path.of("target", "diff-rules-folders", name).toAbsolutePath();
        try {
            delete(folder);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(SOURCE)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path source : files) {
                Path target = folder.resolve(SOURCE.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
            for (Edit e : edits) {
                Path file = folder.resolve(e.file());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int at = text.indexOf(e.from());
                if (at < 0 || text.indexOf(e.from(), at + 1) >= 0) {
                    throw new IllegalArgumentException(e.file() + " must hold the text to replace exactly once: " + e.from());
                }
                Files.writeString(file, text.replace(e.from(), e.to()), StandardCharsets.UTF_8);
            }
            return folder;
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
