package org.safemobility.eligibility.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the bundled rules' source folder, for tests that build engines from a rules folder,
 * and the one-replacement edits they make to them (a changed table row, a broken rule).
 */
public final class RulesFolderCopy {

    /** The bundled rules' source folder: the folder an analyst copies. */
    public static final Path SOURCE = SharedFolder.projectRoot()
            .resolve("eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");

    private RulesFolderCopy() {
    }

    /** A fresh copy of {@link #SOURCE} at {@code target}; whatever was there is deleted first. */
    public static Path copy(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(SOURCE)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path source : files) {
                Path to = target.resolve(SOURCE.relativize(source).toString());
                Files.createDirectories(to.getParent());
                Files.copy(source, to);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces {@code from} with {@code to} in {@code file}, where it must occur exactly once (so an
     * edit cannot silently miss, or hit twice, when the rules change).
     */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException(file + " must hold the text to replace exactly once: " + from);
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
