package org.safemobility.eligibility.testkit;

import org.safemobility.eligibility.EligibilityEngine;

/**
 * A {@link RulesUnderTest} whose engine is the one {@link PropertyJudge} is judging: implement it
 * beside the properties you want a mutation score for, and give the class to
 * {@link PropertyJudge#of}.
 *
 * <pre>{@code
 * class MyPropertiesUnderMutation implements MutantRules, StockProperties, MyProperties {
 * }
 * }</pre>
 *
 * <p>Outside a {@link PropertyJudge} run {@link #engine()} throws: the class is for mutation
 * testing only (keep it out of the classes your build runs, e.g. as a static nested class).
 */
public interface MutantRules extends RulesUnderTest {

    /** The engine being judged. */
    @Override
    default EligibilityEngine engine() {
        return PropertyJudge.engineUnderTest();
    }
}
