package org.safemobility.eligibility.testkit;

import org.safemobility.eligibility.EligibilityEngine;

/**
 * A deliberately broken copy of one rule: in {@code refugee.drl}, REF-NOT-PERSECUTOR tests the
 * persecutor bar the wrong way round ({@code isTrue()} for {@code isFalse()}), the kind of slip an
 * analyst makes when editing a rule. Everything else is the bundled rule set.
 */
final class PlantedBug {

    static final String FILE = "refugee.drl";
    static final String CORRECT = "$s.participatedInPersecution().isFalse(),";
    static final String BROKEN = "$s.participatedInPersecution().isTrue(),";

    private PlantedBug() {
    }

    static EligibilityEngine engine() {
        return RulesFolder.withEdit("persecutor-bar-inverted", FILE, CORRECT, BROKEN);
    }
}
