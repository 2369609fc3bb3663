package org.safemobility.eligibility.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkFiles;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * The engines of this JVM, one per rule set, built lazily on first use and kept for the life of
 * the JVM: an executor builds each rule set once, whatever the number of tasks and jobs it runs,
 * and no engine ever travels inside a task (a compiled rule set holds megabytes and is not
 * serializable). Tasks carry only a {@link RulesSource}, a few bytes. Thread-safe: an executor's
 * task threads that ask at once wait for the one build.
 */
final class Engines {

    private static final Map<String, EligibilityEngine> BUILT = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

    private Engines() {
    }

    /**
     * The engine of {@code source} in this JVM: the bundled rules, or the rules folder the driver
     * shipped with the job ({@link org.apache.spark.SparkContext#addArchive(String)}), read
     * from this node's unpacked copy.
     *
     * @throws IllegalStateException when the shipped folder is not the content the driver checked
     */
    static EligibilityEngine of(RulesSource source) {
        return BUILT.computeIfAbsent(source.key(), key -> {
            if (source.bundled()) {
                return build(key, null);
            }
            EligibilityEngine engine = build(key, Path.of(SparkFiles.get(source.shippedName())));
            if (!engine.rulesetVersion().equals(source.key())) {
                throw new IllegalStateException("the shipped rules folder " + source.shippedName()
                        + " holds rule set " + engine.rulesetVersion() + ", not " + source.key()
                        + " that the driver checked");
            }
            return engine;
        });
    }

    /** The engine of the rules in {@code folder} (or the bundled ones when null), kept under {@code key}. */
    static EligibilityEngine of(String key, Path folder) {
        return BUILT.computeIfAbsent(key, k -> build(k, folder));
    }

    /** How many times this JVM has built the engine of {@code key}: once, however many tasks ran. */
    static int builds(String key) {
        AtomicInteger n = BUILDS.get(key);
        return n == null ? 0 : n.get();
    }

    /** Drops the engine of {@code key}, so that the next task builds it again (tests: the executor's own build). */
    static void forget(String key) {
        BUILT.remove(key);
    }

    private static EligibilityEngine build(String key, Path folder) {
        EligibilityEngine engine = EligibilityEngine.builder().rulesFolder(folder).build();
        BUILDS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return engine;
    }
}
