package org.safemobility.eligibility.model;

import java.time.LocalDate;

/**
 * A relative in the United States. Only {@link #relationship()} is required; the rest may be
 * {@code null} (unknown).
 *
 * @param relationship  how the relative is related to the applicant; required
 * @param status        the relative's U.S. immigration status
 * @param dateOfBirth   the relative's date of birth
 * @param pendingSince  filing date of the relative's pending asylum, U or T application
 * @param frpInvitation the relative received a Family Reunification Parole invitation
 * @param i130          a Form I-130 this relative filed with the applicant as beneficiary
 */
public record UsRelative(
        Relationship relationship,
        RelativeStatus status,
        LocalDate dateOfBirth,
        LocalDate pendingSince,
        Boolean frpInvitation,
        I130 i130) {

    @Override
    public String toString() {
        return "UsRelative[relationship=" + relationship + ", personal data redacted]";
    }
}
