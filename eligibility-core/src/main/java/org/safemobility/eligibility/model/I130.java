package org.safemobility.eligibility.model;

import java.util.List;

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

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code usRelatives[i].i130}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of an {@link I130}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private I130Status status;
        private PreferenceCategory category;
        private PetitionRole role;
        private String principalNationality;

        private Builder() {
        }

        /**
         * Sets {@code usRelatives[i].i130.status}: status of the petition.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder status(I130Status value) {
            this.status = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].i130.category}: family category.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder category(PreferenceCategory value) {
            this.category = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].i130.role}: whether the applicant is the principal beneficiary or a derivative.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder role(PetitionRole value) {
            this.role = value;
            return this;
        }

        /**
         * Sets {@code usRelatives[i].i130.principalNationality}: for a derivative, the principal beneficiary's nationality (ISO 3166-1 alpha-2).
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder principalNationality(String value) {
            this.principalNationality = value;
            return this;
        }

        /**
         * A new {@link I130} with the components set so far.
         *
         * @return the record
         */
        public I130 build() {
            return new I130(status, category, role, principalNationality);
        }
    }
}
