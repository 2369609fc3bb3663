package org.safemobility.eligibility.model;

/**
 * A Form I-130 petition filed for the applicant. Any component may be {@code null} (unknown).
 *
 * @param status               status of the petition
 * @param category             family category
 * @param role                 whether the applicant is the principal beneficiary or a derivative
 * @param principalNationality for a derivative, the principal beneficiary's nationality
 */
public record I130(
        I130Status status,
        PreferenceCategory category,
        PetitionRole role,
        String principalNationality) {

    @Override
    public String toString() {
        return "I130[personal data redacted]";
    }
}
