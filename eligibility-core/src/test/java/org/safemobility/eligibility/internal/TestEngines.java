package org.safemobility.eligibility.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * For tests only (this module's test jar): engines over test rule sets and a look at the sessions
 * and rules of an engine, none of which the main code offers. In the engine's own package, so it
 * reaches what is package-private there; nothing in the main jar hands out a knowledge base or
 * builds an engine with a version its caller chose.
 *
 * <p>A test rule set's version is honest as well: its name and a hash over the bundled rule set's
 * version and every DRL text it was compiled from, so two different test rule sets never share a
 * version and a rule set never passes for the bundled one.
 */
public final class TestEngines {

    private TestEngines() {
    }

    /**
     * An engine over the DRL texts {@code drl} (source path to text, compiled in this order by
     * {@code compiler}, which the test brings: Drools' compiler is not on the engine's class path),
     * with the reference tables, report layout and messages of the bundled rule set found through
     * {@code loader}; checked as the bundled one is.
     *
     * @throws org.safemobility.eligibility.RuleSetException when the checks fail
     */
    public static EligibilityEngine engine(String name, Map<String, String> drl, Function<Map<String, String>, KieBase> compiler,
                                           ClassLoader loader, Clock clock) {
        Map<String, String> sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(drl));
        RuleSetFiles files = RuleSetFiles.bundled(loader);
        KieBase kieBase = Objects.requireNonNull(compiler.apply(sources), "compiled rules");
        RuleSet ruleSet = RuleSet.of(kieBase, ReferenceTables.load(files), CriteriaCatalog.load(files),
                RuleSet.messageFiles(files), version(name, RuleSet.version(files), sources));
        return EngineAccess.engine(ruleSet, clock);
    }

    /** The sessions the engine's knowledge base has (pooled, in use or not), for tests that watch them. */
    public static Collection<KieSession> sessions(EligibilityEngine engine) {
        return new ArrayList<>(EngineAccess.ruleSet(engine).kieBase().getKieSessions());
    }

    /** The knowledge base of a rule set, for tests that read its rules. */
    public static KieBase kieBase(RuleSet ruleSet) {
        return ruleSet.kieBase();
    }

    /** {@code name+sha256.<16 hex>} over the bundled version and every DRL path and text, in order. */
    static String version(String name, String bundledVersion, Map<String, String> drl) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bundledVersion.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            drl.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return name + "+sha256." + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
