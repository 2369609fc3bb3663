package org.safemobility.eligibility.model;

import java.time.LocalDate;
import java.util.List;

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

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code usRelatives[i]}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of a {@link UsRelative}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private Relationship relationship;
        private RelativeStatus status;
        private LocalDate dateOfBirth;
        private LocalDate pendingSince;
        private Boolean frpInvitation;
        private I130 i130;

        private Builder() {
        }

        /**
         * Sets {@code usRelatives[i].relationship}: how the relative is related to the applicant.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder relationship(Relationship value) {
            this.relationship = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].status}: the relative's U.S. immigration status.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder status(RelativeStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].dateOfBirth}: the relative's date of birth.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].pendingSince}: filing date of the relative's pending asylum, U or T application.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder pendingSince(LocalDate value) {
            this.pendingSince = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].frpInvitation}: the relative received a Family Reunification Parole invitation.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder frpInvitation(Boolean value) {
            this.frpInvitation = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].i130}: a Form I-130 this relative filed with the applicant as beneficiary.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder i130(I130 value) {
            this.i130 = value;
            return this;
        }

        /**
         * A new {@link UsRelative} with the components set so far.
         *
         * @return the record
         */
        public UsRelative build() {
            return new UsRelative(relationship, status, dateOfBirth, pendingSince, frpInvitation, i130);
        }
    }
}
