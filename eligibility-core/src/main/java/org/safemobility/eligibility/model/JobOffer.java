package org.safemobility.eligibility.model;

/**
 * A U.S. job offer. Any component may be {@code null} (unknown).
 *
 * @param kind               kind of work
 * @param usEmployer         the employer is a U.S. employer
 * @param temporaryNeed      the employer's temporary need
 * @param durationMonths     length of the job in months, 1 to 120
 * @param laborCertification state of the temporary labour certification
 * @param capExempt          the H-1B petition is exempt from the annual cap
 * @param capSelected        the H-1B registration was selected in the cap lottery
 */
public record JobOffer(
        JobKind kind,
        Boolean usEmployer,
        TemporaryNeed temporaryNeed,
        Integer durationMonths,
        LaborCertification laborCertification,
        Boolean capExempt,
        Boolean capSelected) {

    @Override
    public String toString() {
        return "JobOffer[kind=" + kind + ", personal data redacted]";
    }
}
