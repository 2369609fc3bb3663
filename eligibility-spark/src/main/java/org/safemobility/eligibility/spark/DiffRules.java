package org.safemobility.eligibility.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.safemobility.eligibility.authoring.diff.RuleTables;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * One side of {@code diff} as it travels to the executors: which rules, and their CSV tables (the
 * impact report says which table rows the edit changed and how many applicants reach each).
 *
 * @param source the rules ({@link Engines#of(RulesSource)} builds them once per executor)
 * @param tables the rule set's CSV tables by path, the bytes its manifest names, read as UTF-8
 */
record DiffRules(RulesSource source, TreeMap<String, String> tables) implements Serializable {

    /** The word that names the bundled rules, as the CLI's diff has it. */
    static final String BUNDLED = "bundled";

    private static final long serialVersionUID = 1L;

    /**
     * {@code rules} ({@value #BUNDLED} or a folder) built on the driver and shipped.
     *
     * @throws org.safemobility.eligibility.RuleSetException when the rules do not build
     */
    static DiffRules ship(SparkSession spark, String rules) throws IOException {
        Path folder = BUNDLED.equals(rules) ? null : Path.of(rules);
        RulesSource source = RulesShipping.ship(spark, folder);
        RuleSetFiles files = folder == null
                ? RuleSetFiles.bundled(DiffRules.class.getClassLoader()) : RuleSetFiles.folder(folder);
        Map<String, byte[]> csv = new LinkedHashMap<>();
        for (String file : files.files()) {
            if (file.endsWith(".csv")) {
                csv.put(file, files.read(file));
            }
        }
        return new DiffRules(source, new TreeMap<>(RuleTables.ofFiles(csv).tables()));
    }

    RuleTables ruleTables() {
        return new RuleTables(tables);
    }
}
