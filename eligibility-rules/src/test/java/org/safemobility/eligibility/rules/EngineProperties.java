package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.CriterionCoverage;
import org.safemobility.eligibility.testkit.StockProperties;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * Properties of the engine with the bundled rules: the testkit's eight stock properties
 * (determinism, order independence, information monotonicity, status consistency, explanation
 * completeness, SMO-ACCESS gating, completeness, JSON round trip), plus the JSON contract's
 * schemas, which only this project's tests can check. Every criterion must be seen both MET and
 * NOT_MET over the run ({@code target/criterion-coverage.md}).
 */
@PropertyDefaults(tries = 200)
@CriterionCoverage(failOnGaps = true)
class EngineProperties implements BundledRules, StockProperties {

    @Property
    void generatedApplicantsFollowTheSchemaAndRoundTrip(@ForAll("testkitApplicants") Applicant applicant) throws Exception {
        String json = EligibilityJson.writeApplicant(applicant);
        assertEquals(List.of(), SchemaCheck.APPLICANT.violations(Json.MAPPER.readTree(json)));
        assertEquals(applicant, EligibilityJson.readApplicant(json));
    }

    @Property
    void reportsOfCompleteApplicantsFollowTheSchema(@ForAll("testkitCompleteApplicants") Applicant applicant) throws Exception {
        EligibilityReport report = screen(applicant);
        assertEquals(List.of(), SchemaCheck.REPORT.violations(Json.MAPPER.readTree(EligibilityJson.writeReport(report))),
                () -> EligibilityJson.writeApplicant(applicant));
    }
}
