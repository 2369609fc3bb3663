package org.safemobility.eligibility.internal;

import java.time.Clock;
import java.util.Objects;
import org.kie.api.KieBase;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * What the engine's own modules and tests need from an {@link EligibilityEngine} that its public
 * API does not offer: the rule set behind it, and an engine over a knowledge base built elsewhere
 * (a test's rule set that throws or loops). Kept here so that no {@code org.kie} type reaches the
 * public API; {@code EligibilityEngine} installs the {@link Bridge} when its class is initialised.
 */
public final class EngineAccess {

    /** Implemented by {@link EligibilityEngine}, which alone can reach its fields and constructor. */
    public interface Bridge {
        RuleSet ruleSet(EligibilityEngine engine);

        EligibilityEngine engine(RuleSet ruleSet, Clock clock);
    }

    private static volatile Bridge bridge;

    private EngineAccess() {
    }

    /** Called once, by {@link EligibilityEngine}'s static initialiser. */
    public static void install(Bridge b) {
        synchronized (EngineAccess.class) {
            if (bridge != null) {
                throw new IllegalStateException("the engine bridge is installed once, by EligibilityEngine");
            }
            bridge = Objects.requireNonNull(b, "bridge");
        }
    }

    /** The rule set an engine runs. */
    public static RuleSet ruleSet(EligibilityEngine engine) {
        return bridge().ruleSet(Objects.requireNonNull(engine, "engine"));
    }

    /** The knowledge base an engine runs (for tests that watch its sessions). */
    public static KieBase kieBase(EligibilityEngine engine) {
        return ruleSet(engine).kieBase();
    }

    /**
     * An engine over {@code kieBase}, with the reference tables and report layout of the bundled
     * rule set found through {@code loader}, reporting {@code version} as its rule-set version.
     * The knowledge base is checked as the bundled one is (metadata, every criterion decided).
     *
     * @throws org.safemobility.eligibility.RuleSetException when the checks fail
     */
    public static EligibilityEngine engine(KieBase kieBase, String version, ClassLoader loader, Clock clock) {
        RuleSetFiles files = RuleSetFiles.bundled(loader);
        RuleSet ruleSet = RuleSet.of(kieBase, ReferenceTables.load(files), CriteriaCatalog.load(files),
                RuleSet.messageFiles(files), version);
        return bridge().engine(ruleSet, Objects.requireNonNull(clock, "clock"));
    }

    private static Bridge bridge() {
        Bridge b = bridge;
        if (b == null) {
            try {
                // initialising EligibilityEngine installs the bridge
                Class.forName(EligibilityEngine.class.getName(), true, EligibilityEngine.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            b = bridge;
        }
        return b;
    }
}
