package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.safemobility.eligibility.facts.RuleLabel;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.TestEngines;

/**
 * A loaded rule set keeps each criterion rule's label beside the rule, so firing it reads no
 * metadata; the label says what the metadata says.
 */
class RuleLabelTest {

    @Test
    void everyCriterionRuleOfALoadedRuleSetKeepsItsLabel() {
        RuleSet ruleSet = RuleSet.bundled(RuleLabelTest.class.getClassLoader());
        int criterionRules = 0;
        for (KiePackage pkg : TestEngines.kieBase(ruleSet).getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule.getMetaData().get("criterion") == null) {
                    continue;
                }
                criterionRules++;
                RuleLabel label = RuleLabel.of(rule);
                // kept, not read again: the same object every time
                assertSame(label, RuleLabel.of(rule), rule.getName());
                assertEquals(unquoted(rule.getMetaData().get("criterion")), label.criterion(), rule.getName());
                assertEquals(unquoted(rule.getMetaData().get("citation")), label.citation(), rule.getName());
                assertEquals(rule.getName(), label.rule());
                assertTrue(!label.criterion().startsWith("\"") && !label.citation().startsWith("\""), rule.getName());
            }
        }
        // every criterion of the report layout has at least one rule (some have one per office)
        assertTrue(criterionRules >= ruleSet.catalog().criterionIds().size(), "criterion rules: " + criterionRules);
    }

    private static String unquoted(Object metadata) {
        String s = metadata.toString();
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
