package org.safemobility.eligibility.model;

import java.util.List;

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

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code employment.jobOffers[i]}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of a {@link JobOffer}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private JobKind kind;
        private Boolean usEmployer;
        private TemporaryNeed temporaryNeed;
        private Integer durationMonths;
        private LaborCertification laborCertification;
        private Boolean capExempt;
        private Boolean capSelected;

        private Builder() {
        }

        /**
         * Sets {@code employment.jobOffers[i].kind}: kind of work.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder kind(JobKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers[i].usEmployer}: the employer is a U.S. employer.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder usEmployer(Boolean value) {
            this.usEmployer = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers[i].temporaryNeed}: the employer's temporary need.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder temporaryNeed(TemporaryNeed value) {
            this.temporaryNeed = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers[i].durationMonths}: length of the job in months, 1 to 120.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder durationMonths(Integer value) {
            this.durationMonths = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers[i].laborCertification}: state of the temporary labour certification.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder laborCertification(LaborCertification value) {
            this.laborCertification = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers[i].capExempt}: the H-1B petition is exempt from the annual cap.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder capExempt(Boolean value) {
            this.capExempt = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers[i].capSelected}: the H-1B registration was selected in the cap lottery.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder capSelected(Boolean value) {
            this.capSelected = value;
            return this;
        }

        /**
         * A new {@link JobOffer} with the components set so far.
         *
         * @return the record
         */
        public JobOffer build() {
            return new JobOffer(kind, usEmployer, temporaryNeed, durationMonths, laborCertification, capExempt, capSelected);
        }
    }
}
