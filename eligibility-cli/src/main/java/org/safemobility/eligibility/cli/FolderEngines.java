package org.safemobility.eligibility.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * Engines built from rules folders, kept by the content of the folder (the rule set's version: its
 * name and a hash of every file the manifest names). A folder whose content was built before in
 * this process is not compiled again: {@code diff --old X --new X}, or the tests, which run many
 * commands in one process. A folder edited since is new content and is built afresh. Thread-safe.
 */
final class FolderEngines {

    /** Engines kept: a compiled rule set holds a few megabytes. */
    private static final int KEPT = 4;

    private static final Map<String, EligibilityEngine> BUILT = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EligibilityEngine> eldest) {
            return size() > KEPT;
        }
    };

    private FolderEngines() {
    }

    /**
     * The engine of the rules in {@code folder}.
     *
     * @throws org.safemobility.eligibility.RuleSetException when the folder cannot be read or its
     *                                                       rules do not build
     */
    static EligibilityEngine of(Path folder) {
        String version = RuleSet.versionOf(RuleSetFiles.folder(folder));
        EligibilityEngine engine;
        synchronized (BUILT) {
            engine = BUILT.get(version);
        }
        if (engine == null) {
            // built outside the lock: diff compiles its two folders side by side
            engine = EligibilityEngine.builder().rulesFolder(folder).build();
            synchronized (BUILT) {
                // the folder is read again to build: keep the engine under the content it was built from
                BUILT.put(engine.rulesetVersion(), engine);
            }
        }
        return engine;
    }
}
