package org.safemobility.eligibility.internal;

import java.time.Clock;
import java.util.Objects;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * What the engine's own modules need from an {@link EligibilityEngine} that its public API does
 * not offer: the rule set behind it (its reference tables, for the testkit's generators and the
 * benchmarks). {@code EligibilityEngine} installs the {@link Bridge} when its class is initialised.
 *
 * <p>Sealed: nothing here returns a Drools object, and an engine is built from a {@link RuleSet}
 * only inside this package ({@link #engine}), where every rule set carries the version of the
 * files it was built from. Outside it, engines come from {@link EligibilityEngine#builder()}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class EngineAccess {

    /** Implemented by {@link EligibilityEngine}, which alone can reach its fields and constructor. */
    public interface Bridge {
        RuleSet ruleSet(EligibilityEngine engine);

        EligibilityEngine engine(RuleSet ruleSet, Clock clock);
    }

    private static volatile Bridge bridge;

    private EngineAccess() {
    }

    /**
     * Called once, by {@link EligibilityEngine}'s static initialiser; refused from anywhere else,
     * so nobody can put a bridge of their own in its place.
     */
    public static void install(Bridge b) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != EligibilityEngine.class) {
            throw new IllegalStateException("the engine bridge is installed by EligibilityEngine only");
        }
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

    /**
     * An engine over {@code ruleSet}. Package-private: a rule set is stamped with the version of
     * the files it was built from, and this package alone makes one (this module's test jar, in
     * the same package, builds the test rule sets whose rules throw or loop).
     */
    static EligibilityEngine engine(RuleSet ruleSet, Clock clock) {
        return bridge().engine(Objects.requireNonNull(ruleSet, "ruleSet"), Objects.requireNonNull(clock, "clock"));
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
