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
        return BUILT.computeIfAbsent("bundled-copy", name -> build(name));
    }

    /**
     * The bundled rules with {@code from} replaced by {@code to} in {@code file}, where it must occur
     * exactly once. Built once per name.
     */
    static EligibilityEngine withEdit(String name, String file, String from, String to) {
        return withEdits(name, new Edit(file, from, to));
    }

    /** The bundled rules with every edit made (each as {@link #withEdit}). Built once per name. */
    static EligibilityEngine withEdits(String name, Edit... edits) {
        return BUILT.computeIfAbsent(name, n -> build(n, edits));
    }

    /** {@code from} replaced by {@code to} in {@code file} (a path inside the rules folder). */
    record Edit(String file, String from, String to) {
    }

    private static EligibilityEngine build(String name, Edit... edits) {
        Path folder = RulesFolderCopy.copy(Path.of("target", "rules-folders", name).toAbsolutePath());
        for (Edit edit : edits) {
            RulesFolderCopy.edit(folder.resolve(edit.file()), edit.from(), edit.to());
        }
        return EligibilityEngine.builder().rulesFolder(folder).build();
    }
}
