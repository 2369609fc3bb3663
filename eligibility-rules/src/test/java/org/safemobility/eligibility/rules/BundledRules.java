package org.safemobility.eligibility.rules;

import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.RulesUnderTest;

/**
 * The testkit's properties pointed at the bundled rules: the shared test engine, and every report
 * the properties screen is also checked against {@code report.schema.json}.
 */
interface BundledRules extends RulesUnderTest {

    @Override
    default EligibilityEngine engine() {
        return TestEngine.get();
    }

    @Override
    default EligibilityReport screen(Applicant applicant) {
        return TestEngine.checked(RulesUnderTest.super.screen(applicant));
    }
}
