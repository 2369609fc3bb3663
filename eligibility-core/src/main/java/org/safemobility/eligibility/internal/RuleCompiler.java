package org.safemobility.eligibility.internal;

import org.kie.api.KieBase;

/**
 * Lints and compiles the DRL of a rule set read from a folder. The bundled rules are precompiled,
 * so the engine itself carries no compiler; {@code eligibility-authoring} provides this service
 * (found with {@link java.util.ServiceLoader}) together with the DRL compiler it needs.
 */
public interface RuleCompiler {

    /**
     * The knowledge base of the rule set's DRL, after its files passed the rule linter.
     *
     * @param files       the rule set, read whole
     * @param factsLoader the class loader that finds the fact model the DRL imports
     * @throws org.safemobility.eligibility.RuleSetException listing every lint finding and compile
     *                                                       error as {@code file:line: code: message}
     */
    KieBase compile(RuleSetFiles files, ClassLoader factsLoader);
}
