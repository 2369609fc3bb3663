package org.safemobility.eligibility.authoring.diff;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * Rules folders for the tests: copies of the bundled rules' source folder under {@code target/},
 * some with a row of a table edited, and the engines built from them, once per test run (each
 * build compiles the DRL, a few seconds).
 */
final class RulesFolders {

    static final Path SOURCE = RulesFolderCopy.SOURCE;

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

    /** A fresh copy of the source folder in {@code target/diff-rules-folders/name}, with the edits made. */
    static Path copy(String name, List<Edit> edits) {
        Path folder = RulesFolderCopy.copy(Path.of("target", "diff-rules-folders", name).toAbsolutePath());
        for (Edit e : edits) {
            RulesFolderCopy.edit(folder.resolve(e.file()), e.from(), e.to());
        }
        return folder;
    }
}
