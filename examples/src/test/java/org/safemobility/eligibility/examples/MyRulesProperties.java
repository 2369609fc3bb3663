package org.safemobility.eligibility.examples;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.Applicants;
import org.safemobility.eligibility.testkit.Counterexample;
import org.safemobility.eligibility.testkit.CriterionCoverage;
import org.safemobility.eligibility.testkit.PolicyProperties;
import org.safemobility.eligibility.testkit.StockProperties;

/**
 * What a tester's project adds to check its rules: one class that implements the testkit's
 * interfaces and says which engine to check. Here the engine is the bundled one, standing in for
 * "your own rules": the library cannot build an engine from a folder of DRL yet (a later issue),
 * and once it can, only {@code ENGINE} changes.
 */
// tag::stock[]
@PropertyDefaults(tries = 100)
@CriterionCoverage(failOnGaps = true)
class MyRulesProperties implements StockProperties, PolicyProperties {

    private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();

    @Override
    public EligibilityEngine engine() {
        return ENGINE;
    }
    // end::stock[]

    // tag::invariant[]
    /** Policy section 3, REF-PROGRAM-OPEN: refugee admissions were suspended from 2025-01-27. */
    @Property
    void refugeeAdmissionsAreClosedAfterTheSuspension(@ForAll("afterTheSuspension") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        CriterionResult open = report.pathway(Pathway.REFUGEE_RESETTLEMENT).criterion("REF-PROGRAM-OPEN").orElseThrow();
        if (open.outcome() != Outcome.NOT_MET) {
            throw Counterexample.of("refugee admissions closed after 2025-01-26",
                    "REF-PROGRAM-OPEN is " + open.outcome() + " on " + report.evaluationDate(), applicant, report);
        }
    }

    @Provide
    Arbitrary<Applicant> afterTheSuspension() {
        return Applicants.applicants().evaluatedBetween(LocalDate.of(2025, 1, 27), LocalDate.of(2026, 6, 30));
    }
    // end::invariant[]
}
