package org.safemobility.eligibility.testkit;

import net.jqwik.api.PropertyDefaults;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * The stock properties and the policy invariants hold for an engine built from a folder of DRL
 * (a copy of the bundled rules, compiled at test time): the testkit runs against any engine, not
 * only the precompiled one, and over these tries every criterion is seen both MET and NOT_MET. The
 * same properties catch the planted bugs ({@code PlantedBugTest}).
 */
@PropertyDefaults(tries = 100)
@CriterionCoverage(failOnGaps = true)
class FolderRulesProperties implements StockProperties, PolicyProperties {

    @Override
    public EligibilityEngine engine() {
        return RulesFolder.bundledCopy();
    }
}
