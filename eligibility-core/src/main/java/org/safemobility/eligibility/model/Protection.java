package org.safemobility.eligibility.model;

import java.util.List;

/**
 * Answers about persecution, persecutor bars and security. Any component may be {@code null}
 * (unknown); empty lists are a known "none".
 *
 * @param pastPersecution           the applicant suffered persecution
 * @param fearOfPersecution         the applicant fears persecution
 * @param grounds                   the reasons for it
 * @param participatedInPersecution the applicant took part in persecuting others
 * @param firmResettlementOffer     a third country offered permanent resettlement
 * @param securityConcerns          security grounds found; empty means none
 */
public record Protection(
        Boolean pastPersecution,
        Boolean fearOfPersecution,
        List<ProtectionGround> grounds,
        Boolean participatedInPersecution,
        Boolean firmResettlementOffer,
        List<SecurityConcern> securityConcerns) {

    /**
     * Copies the lists, keeping {@code null} (unknown) apart from empty (known none).
     *
     * @param pastPersecution           the applicant suffered persecution
     * @param fearOfPersecution         the applicant fears persecution
     * @param grounds                   the reasons for it
     * @param participatedInPersecution the applicant took part in persecuting others
     * @param firmResettlementOffer     a third country offered permanent resettlement
     * @param securityConcerns          security grounds found; empty means none
     */
    public Protection {
        grounds = Lists.copyOrNull(grounds);
        securityConcerns = Lists.copyOrNull(securityConcerns);
    }

    @Override
    public String toString() {
        return "Protection[personal data redacted]";
    }

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code protection}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of a {@link Protection}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private Boolean pastPersecution;
        private Boolean fearOfPersecution;
        private List<ProtectionGround> grounds;
        private Boolean participatedInPersecution;
        private Boolean firmResettlementOffer;
        private List<SecurityConcern> securityConcerns;

        private Builder() {
        }

        /**
         * Sets {@code protection.pastPersecution}: the applicant suffered persecution.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder pastPersecution(Boolean value) {
            this.pastPersecution = value;
            return this;
        }

        /**
         * Sets {@code protection.fearOfPersecution}: the applicant fears persecution.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder fearOfPersecution(Boolean value) {
            this.fearOfPersecution = value;
            return this;
        }

        /**
         * Sets {@code protection.grounds}: the reasons for the persecution or the fear of it.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder grounds(List<ProtectionGround> value) {
            this.grounds = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code protection.grounds} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder grounds(ProtectionGround... values) {
            this.grounds = List.of(values);
            return this;
        }

        /**
         * Sets {@code protection.participatedInPersecution}: the applicant took part in persecuting others.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder participatedInPersecution(Boolean value) {
            this.participatedInPersecution = value;
            return this;
        }

        /**
         * Sets {@code protection.firmResettlementOffer}: a third country offered permanent resettlement.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder firmResettlementOffer(Boolean value) {
            this.firmResettlementOffer = value;
            return this;
        }

        /**
         * Sets {@code protection.securityConcerns}: security grounds found; empty means none.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder securityConcerns(List<SecurityConcern> value) {
            this.securityConcerns = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code protection.securityConcerns} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder securityConcerns(SecurityConcern... values) {
            this.securityConcerns = List.of(values);
            return this;
        }

        /**
         * A new {@link Protection} with the components set so far.
         *
         * @return the record
         */
        public Protection build() {
            return new Protection(pastPersecution, fearOfPersecution, grounds, participatedInPersecution, firmResettlementOffer, securityConcerns);
        }
    }
}
