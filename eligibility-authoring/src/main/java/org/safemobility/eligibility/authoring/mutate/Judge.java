package org.safemobility.eligibility.authoring.mutate;

import java.util.Optional;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * A test suite that judges an engine: the scenario files ({@link ScenarioJudge}), or a property
 * class of the testkit ({@code org.safemobility.eligibility.testkit.PropertyJudge::judge}, which
 * fits this interface without either module depending on the other).
 *
 * <p>A judge must pass on the unmutated rules; {@link MutationTesting#run} checks that first. It
 * may be called from several threads at once, each with its own engine; a judge that cannot run
 * twice at once serialises its calls itself.
 */
@FunctionalInterface
public interface Judge {

    /**
     * Runs the tests against {@code engine}.
     *
     * @param engine an engine built from the rules under test, mutated or not
     * @return why the tests fail (the mutant is killed), or empty when they all pass (it survives)
     * @throws Exception when the engine breaks during the tests rather than giving a wrong answer
     *                   (the mutant is killed by error)
     */
    Optional<String> judge(EligibilityEngine engine) throws Exception;
}
