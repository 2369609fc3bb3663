package org.safemobility.eligibility.testkit;

import net.jqwik.api.PropertyDefaults;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * The interview properties hold for the bundled rules (compiled from a copy of their folder), in
 * English and Spanish, for partial and complete applicants.
 */
@PropertyDefaults(tries = 150)
class BundledInterviewProperties implements InterviewProperties {

    @Override
    public EligibilityEngine engine() {
        return RulesFolder.bundledCopy();
    }
}
