package org.safemobility.eligibility.spark;

import java.io.Serializable;

/**
 * Which rules a task screens with, as it travels to the executors: a key, and for a rules folder
 * the name under which the driver shipped it. The engine itself stays out of the task; each
 * executor builds it once from this ({@link Engines#of(RulesSource)}).
 *
 * @param key         {@value #BUNDLED} for the bundled rules, else the rule set's version (its
 *                    name and the hash of its files), which the executor's copy must match
 * @param shippedName the name of the archive the folder was shipped as, which each executor
 *                    unpacks into a folder of that name ({@code SparkFiles.get(name)}), or
 *                    {@code null} for the bundled rules
 */
record RulesSource(String key, String shippedName) implements Serializable {

    /** The key of the bundled, precompiled rules. */
    static final String BUNDLED = "bundled";

    private static final long serialVersionUID = 1L;

    /** The bundled rules. */
    static RulesSource bundledRules() {
        return new RulesSource(BUNDLED, null);
    }

    /** True for the bundled rules. */
    boolean bundled() {
        return shippedName == null;
    }
}
