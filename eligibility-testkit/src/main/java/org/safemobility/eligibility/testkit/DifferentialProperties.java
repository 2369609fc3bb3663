package org.safemobility.eligibility.testkit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.Reports;

/**
 * Compares the engine under test with a reference engine over generated applicants, for example
 * an analyst's changed rules against the bundled ones, and fails with the first applicant whose
 * access or pathway statuses differ, shrunk by jqwik to the fewest answers that still show the
 * difference.
 *
 * <pre>{@code
 * class AnalystRulesDifferentialProperties implements DifferentialProperties {
 *     public EligibilityEngine engine() { return ANALYST; }       // the rules under test
 *     public EligibilityEngine reference() { return BUNDLED; }    // what they are compared with
 * }
 * }</pre>
 *
 * <p>The {@link Counterexample} lists the statuses and criterion outcomes that differ, then the
 * applicant, the reference's report (the expected value) and the engine's report (the actual
 * value). A difference is not always a bug: when a change is meant, narrow {@link #applicants()}
 * to where the rules must still agree, or read the counterexample as the change's first example.
 */
public interface DifferentialProperties extends RulesUnderTest {

    /**
     * The engine to compare with. Called for every try: return a shared instance.
     *
     * @return the reference engine, for example one on the rules before a change
     */
    EligibilityEngine reference();

    /**
     * Access and every pathway get the same status from both engines.
     *
     * @param applicant a generated applicant
     */
    @Property
    default void statusesMatchTheReference(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport expected = reference().evaluate(applicant);
        EligibilityReport actual = screen(applicant);
        if (!Reports.statuses(expected).equals(Reports.statuses(actual))) {
            throw Counterexample.builder("differential", "the engine and the reference screen this applicant differently.")
                    .lines(Reports.differences(expected, "reference", actual, "engine"))
                    .applicant(applicant)
                    .report("Reference report (" + expected.rulesetVersion() + ")", expected)
                    .report("Engine report (" + actual.rulesetVersion() + ")", actual).build();
        }
    }
}
