package org.safemobility.eligibility.authoring.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.testing.SharedFolder;

/**
 * Rules folders for the lint tests: {@code lint/base} (a small rule set that lints clean) with one
 * case's files ({@code lint/<case>/}) laid over it, or a copy of the bundled rules.
 */
final class LintFixtures {

    private LintFixtures() {
    }

    /**
     * Copies {@code lint/base} into {@code dir} and lays {@code lint/<name>/} over it. A
     * {@code case.drl} or {@code allowed.drl} of the case is added to the manifest (other files are
     * not: a case about the manifest brings its own).
     */
    static Path folder(Path dir, String name) {
        Path target = dir.resolve(name);
        copy(resource("base"), target);
        copy(resource(name), target);
        for (String drl : List.of("case.drl", "allowed.drl")) {
            if (Files.exists(target.resolve(drl))) {
                append(target.resolve(RuleSetFiles.MANIFEST), drl);
            }
        }
        return target;
    }

    /** A copy of the bundled rules folder, to edit. */
    static Path bundledCopy(Path dir) {
        Path target = dir.resolve("bundled");
        copy(bundled(), target);
        return target;
    }

    /** The bundled rules' source folder. */
    static Path bundled() {
        return SharedFolder.projectRoot().resolve("eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");
    }

    /** Each problem as {@code file:line: code}, the part a case pins down exactly. */
    static List<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.file() + ":" + p.line() + ": " + p.code()).toList();
    }

    static void append(Path file, String line) {
        try {
            String text = Files.readString(file);
            String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            Files.writeString(file, sep + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; fails if there is not exactly one. */
    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalStateException(file + " does not contain '" + from + "' exactly once");
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            var url = LintFixtures.class.getResource("/lint/" + name);
            if (url == null) {
                throw new IllegalArgumentException("no fixture lint/" + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path dest = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
