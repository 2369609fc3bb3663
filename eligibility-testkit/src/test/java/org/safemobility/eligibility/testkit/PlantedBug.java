package org.safemobility.eligibility.testkit;

import org.safemobility.eligibility.EligibilityEngine;

/**
 * Deliberately broken copies of one rule, the kind of slip an analyst makes when editing DRL.
 * Everything else is the bundled rule set.
 */
final class PlantedBug {

    static final String FILE = "refugee.drl";
    static final String CORRECT = "$s.participatedInPersecution().isFalse()";

    private PlantedBug() {
    }

    /** REF-NOT-PERSECUTOR tests the persecutor bar the wrong way round: {@code isTrue()} for {@code isFalse()}. */
    static EligibilityEngine engine() {
        return RulesFolder.withEdit("persecutor-bar-inverted", FILE, CORRECT, "$s.participatedInPersecution().isTrue()");
    }

    /**
     * REF-NOT-PERSECUTOR collapses the three-valued test into a boolean, so an unanswered question
     * counts as "took part in persecution" (NOT_MET) instead of UNKNOWN.
     */
    static EligibilityEngine unknownAsNotMet() {
        return RulesFolder.withEdit("persecutor-bar-unknown-as-not-met", FILE, CORRECT,
                "Tri.of($s.participatedInPersecution().isFalse().isMet())");
    }
}
