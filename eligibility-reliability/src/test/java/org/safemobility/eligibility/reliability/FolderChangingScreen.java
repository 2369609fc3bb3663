package org.safemobility.eligibility.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetScreen;

/**
 * A screen that finds nothing wrong but, when armed with a folder, appends a comment to one of its
 * files while that folder is being loaded: an analyst saving a file in the middle of a reload, at a
 * moment the test controls. Registered as a service for the tests of this module; disarmed, it does
 * nothing.
 */
public final class FolderChangingScreen implements RuleSetScreen {

    /** The file to change during the next load of its folder, or {@code null}. */
    static volatile Path armed;

    @Override
    public List<String> problems(EligibilityEngine engine, RuleSetFiles files) {
        Path file = armed;
        if (file != null && files.folder() != null && file.startsWith(files.folder())) {
            armed = null;
            try {
                Files.writeString(file, "\n# saved while the rule set was loading\n", StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.of();
    }
}
