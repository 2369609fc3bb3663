package org.safemobility.eligibility.rules;

import org.safemobility.eligibility.EligibilityEngine;

/** One engine with the bundled rules, built once for the whole test run (engines are thread-safe). */
final class TestEngine {

    private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();

    private TestEngine() {
    }

    static EligibilityEngine get() {
        return ENGINE;
    }
}
