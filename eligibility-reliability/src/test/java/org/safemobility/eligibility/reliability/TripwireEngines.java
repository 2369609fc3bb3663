package org.safemobility.eligibility.reliability;

import org.safemobility.eligibility.EligibilityEngine;

/** The test rule sets, for tests in other packages. */
public final class TripwireEngines {

    private TripwireEngines() {
    }

    /** The bundled rules plus {@code tripwire.drl}. */
    public static EligibilityEngine tripwire() {
        return TestRuleSets.tripwire();
    }
}
