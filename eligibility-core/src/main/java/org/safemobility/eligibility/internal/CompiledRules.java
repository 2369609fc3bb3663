package org.safemobility.eligibility.internal;

import java.util.Objects;
import org.apiguardian.api.API;
import org.kie.api.KieBase;

/**
 * What a {@link RuleCompiler} hands back: the compiled rules of a folder, opaque outside this
 * package. The knowledge base goes in here and never comes out again except to {@link RuleSet},
 * which checks it and stamps it with the version of the files it was compiled from; so the
 * compiler service can build rules, but nobody can take a knowledge base out of an engine.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CompiledRules {

    private final KieBase kieBase;

    private CompiledRules(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Wraps the knowledge base a {@link RuleCompiler} built from a rule set's DRL. */
    public static CompiledRules of(KieBase kieBase) {
        return new CompiledRules(Objects.requireNonNull(kieBase, "kieBase"));
    }

    KieBase kieBase() {
        return kieBase;
    }
}
