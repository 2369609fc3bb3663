package org.safemobility.eligibility.testkit;

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
     * {@link ApplicantArbitrary#DEFAULT_FIRST_DATE} and {@link ApplicantArbitrary#DEFAULT_LAST_DATE},
     * each answer absent with probability 0.2.
     */
    public static ApplicantArbitrary applicants() {
        return ApplicantArbitrary.defaults();
    }
}
