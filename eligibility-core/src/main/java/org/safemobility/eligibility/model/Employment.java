package org.safemobility.eligibility.model;

import java.util.List;

/**
 * Education, experience and U.S. job offers. Any component may be {@code null} (unknown); an
 * empty {@code jobOffers} list is a known "none".
 *
 * @param education       highest level of education completed
 * @param experienceYears years of work experience, 0 to 80
 * @param jobOffers       U.S. job offers
 */
public record Employment(Education education, Integer experienceYears, List<JobOffer> jobOffers) {

    /**
     * Copies the lists, keeping {@code null} (unknown) apart from empty (known none).
     *
     * @param education       highest level of education completed
     * @param experienceYears years of work experience, 0 to 80
     * @param jobOffers       U.S. job offers
     */
    public Employment {
        jobOffers = Lists.copyOrNull(jobOffers);
    }

    @Override
    public String toString() {
        return "Employment[personal data redacted]";
    }

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code employment}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of an {@link Employment}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private Education education;
        private Integer experienceYears;
        private List<JobOffer> jobOffers;

        private Builder() {
        }

        /**
         * Sets {@code employment.education}: highest level of education completed.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder education(Education value) {
            this.education = value;
            return this;
        }

        /**
         * Sets {@code employment.experienceYears}: years of work experience, 0 to 80.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder experienceYears(Integer value) {
            this.experienceYears = value;
            return this;
        }

        /**
         * Sets {@code employment.jobOffers}: U.S. job offers; empty means none.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder jobOffers(List<JobOffer> value) {
            this.jobOffers = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code employment.jobOffers} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder jobOffers(JobOffer... values) {
            this.jobOffers = List.of(values);
            return this;
        }

        /**
         * A new {@link Employment} with the components set so far.
         *
         * @return the record
         */
        public Employment build() {
            return new Employment(education, experienceYears, jobOffers);
        }
    }
}
