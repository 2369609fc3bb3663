package org.safemobility.eligibility.testkit;

import org.safemobility.eligibility.EligibilityEngine;

/**
 * Entry point to the applicant generators.
 *
 * <pre>{@code
 * @Property
 * void nobodyUnder18IsAccessEligible(@ForAll("minors") Applicant applicant) { ... }
 *
 * @Provide
 * Arbitrary<Applicant> minors() {
 *     return Applicants.applicants().agedBetween(0, 17);
 * }
 * }</pre>
 *
 * @see ApplicantArbitrary for what is generated and how to narrow it down
 */
public final class Applicants {

    private Applicants() {
    }

    /**
     * Valid synthetic applicants at any office, evaluated between
     * {@link ApplicantArbitrary#DEFAULT_FIRST_DATE} and {@link ApplicantArbitrary#DEFAULT_LAST_DATE}
     * (or the tables' dates, when they reach further), with answers absent in the default mix;
     * aimed at the bundled rule set's tables when its jar is on the class path. The properties of
     * {@link RulesUnderTest} aim them at the engine under test.
     *
     * @return the default applicant arbitrary, to narrow with its methods
     */
    public static ApplicantArbitrary applicants() {
        return ApplicantArbitrary.defaults();
    }

    /**
     * {@link #applicants()} aimed at the reference tables of the rule sets these engines run: every
     * value, date and threshold they list (see {@link ApplicantArbitrary}). Name the old and the new
     * engine to compare two rule sets, so the applicants reach the rows either side of a change.
     *
     * @param engines the engines whose rule sets to aim at, at least one
     * @return the default applicant arbitrary, aimed at their tables
     */
    public static ApplicantArbitrary aimedAt(EligibilityEngine... engines) {
        return ApplicantArbitrary.defaults().aimedAt(engines);
    }
}
