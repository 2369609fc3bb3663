package org.safemobility.eligibility.rules;

import net.jqwik.api.PropertyDefaults;
import org.safemobility.eligibility.testkit.CriterionCoverage;
import org.safemobility.eligibility.testkit.PolicyProperties;

/** The testkit's policy invariants (at least one per pathway, from the policy text) hold for the bundled rules. */
@PropertyDefaults(tries = 200)
@CriterionCoverage(failOnGaps = true)
class PolicyInvariantProperties implements BundledRules, PolicyProperties {
}
