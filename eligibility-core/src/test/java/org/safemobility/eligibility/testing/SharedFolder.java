package org.safemobility.eligibility.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the product owner's {@code shared/} folder beside the project, when it is there. */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Optional<Path> find() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("contract"))) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** The project root (the folder holding the parent pom). */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("eligibility-core"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tests must run inside the project");
        }
        return dir;
    }
}
