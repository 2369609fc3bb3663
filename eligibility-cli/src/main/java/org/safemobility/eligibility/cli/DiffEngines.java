package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.diff.RuleTables;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * The two engines of {@code diff} and their tables. Two rules folders are compiled side by side
 * (a couple of seconds each, one core each); the bundled rules load on the caller's thread.
 *
 * @param before    the old rules' engine
 * @param after     the new rules' engine
 * @param oldTables the old rules' CSV tables
 * @param newTables the new rules' CSV tables
 */
record DiffEngines(EligibilityEngine before, EligibilityEngine after, RuleTables oldTables, RuleTables newTables) {

    /** The engines and tables, or {@code null} after printing why a rule set does not build. */
    static DiffEngines build(Console console, String oldRules, String newRules) {
        boolean bothBundled = DiffCommand.BUNDLED.equals(oldRules) && DiffCommand.BUNDLED.equals(newRules);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "diff-build");
            t.setDaemon(true);
            return t;
        });
        try {
            // the console's bundled engine is built lazily and only ever on this thread
            CompletableFuture<EligibilityEngine> newEngine = bothBundled || DiffCommand.BUNDLED.equals(newRules)
                    ? null : CompletableFuture.supplyAsync(() -> console.folderEngine(Path.of(newRules)), pool);
            EligibilityEngine before = build(console, "--old", oldRules, null);
            EligibilityEngine after = build(console, "--new", newRules, newEngine);
            if (before == null || after == null) {
                return null;
            }
            return new DiffEngines(before, after, tables(oldRules), tables(newRules));
        } finally {
            pool.shutdown();
        }
    }

    private static EligibilityEngine build(Console console, String option, String rules,
                                           CompletableFuture<EligibilityEngine> building) {
        try {
            if (building != null) {
                return building.join();
            }
            return DiffCommand.BUNDLED.equals(rules) ? console.engine() : console.folderEngine(Path.of(rules));
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleSetException r) {
                return failed(console, option, rules, r);
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuleSetException e) {
            return failed(console, option, rules, e);
        }
    }

    private static EligibilityEngine failed(Console console, String option, String rules, RuleSetException e) {
        PrintWriter err = console.err();
        err.println("diff: the " + option + " rules (" + rules + ") do not build:");
        for (String problem : e.problems()) {
            err.println("  " + problem);
        }
        err.flush();
        return null;
    }

    /** The CSV tables the rule set's manifest names: the bytes its engine was built from, read again. */
    private static RuleTables tables(String rules) {
        RuleSetFiles files = DiffCommand.BUNDLED.equals(rules)
                ? RuleSetFiles.bundled(DiffEngines.class.getClassLoader()) : RuleSetFiles.folder(Path.of(rules));
        Map<String, byte[]> csv = new LinkedHashMap<>();
        for (String file : files.files()) {
            if (file.endsWith(".csv")) {
                csv.put(file, files.read(file));
            }
        }
        return RuleTables.ofFiles(csv);
    }
}
