package org.safemobility.eligibility.testkit;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * Engines built at test time from a copy of the bundled rules folder (the DRL, tables and manifest
 * under {@code eligibility-rules/src/main/resources}), optionally with one rule edited, through
 * {@link EligibilityEngine.Builder#rulesFolder}: linted and compiled as an analyst's folder is.
 */
final class RulesFolder {

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
        Path folder = RulesFolderCopy.copy(Path.of("target", "rules-folders", name).toAbsolutePath());
        if (file != null) {
            RulesFolderCopy.edit(folder.resolve(file), from, to);
        }
        return EligibilityEngine.builder().rulesFolder(folder).build();
    }
}
