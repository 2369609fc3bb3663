package org.safemobility.eligibility.examples;

import net.jqwik.api.PropertyDefaults;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.testkit.DifferentialProperties;

/**
 * The differential check as a tester wires it: the rules under test against a reference. Both
 * are the bundled rules here (the library cannot load a folder of DRL yet), so they agree; the
 * testkit's own {@code PlantedBugTest} shows the check failing on a broken copy of one rule.
 */
// tag::differential[]
@PropertyDefaults(tries = 50)
class MyRulesDifferentialProperties implements DifferentialProperties {

    private static final EligibilityEngine MINE = EligibilityEngine.builder().build();
    private static final EligibilityEngine BUNDLED = EligibilityEngine.builder().build();

    @Override
    public EligibilityEngine engine() {
        return MINE;
    }

    @Override
    public EligibilityEngine reference() {
        return BUNDLED;
    }
}
// end::differential[]
