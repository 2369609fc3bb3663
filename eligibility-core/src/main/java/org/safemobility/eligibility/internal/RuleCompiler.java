package org.safemobility.eligibility.internal;

import org.apiguardian.api.API;

/**
 * Lints and compiles the DRL of a rule set read from a folder. The bundled rules are precompiled,
 * so the engine itself carries no compiler; {@code eligibility-authoring} provides this service
 * (found with {@link java.util.ServiceLoader}) together with the DRL compiler it needs.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface RuleCompiler {

    /**
     * The compiled DRL of the rule set, after its files passed the rule linter. The result is
     * opaque: {@link RuleSet#fromFolder} alone opens it, to check it and stamp it with the version
     * of {@code files}.
     *
     * @param files       the rule set, read whole
     * @param factsLoader the class loader that finds the fact model the DRL imports
     * @throws org.safemobility.eligibility.RuleSetException listing every lint finding and compile
     *                                                       error as {@code file:line: code: message}
     */
    CompiledRules compile(RuleSetFiles files, ClassLoader factsLoader);
}
