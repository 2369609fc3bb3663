package org.safemobility.eligibility.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where and how the applicant lives now. Any component may be {@code null} (unknown).
 *
 * @param country                  ISO 3166-1 alpha-2 code of the country of residence
 * @param status                   status in that country
 * @param arrivalDate              date of arrival in that country
 * @param asylumRegistrationDate   date the asylum claim was registered there
 * @param appliedForRegularization whether the applicant applied for regularisation (Ecuador)
 */
public record Residence(
        String country,
        ResidenceStatus status,
        LocalDate arrivalDate,
        LocalDate asylumRegistrationDate,
        Boolean appliedForRegularization) {

    @Override
    public String toString() {
        return "Residence[personal data redacted]";
    }

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code residence}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of a {@link Residence}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private String country;
        private ResidenceStatus status;
        private LocalDate arrivalDate;
        private LocalDate asylumRegistrationDate;
        private Boolean appliedForRegularization;

        private Builder() {
        }

        /**
         * Sets {@code residence.country}: ISO 3166-1 alpha-2 code of the country of residence.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /**
         * Sets {@code residence.status}: status in that country.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder status(ResidenceStatus value) {
            this.status = value;
            return this;
        }

        /**
         * Sets {@code residence.arrivalDate}: date of arrival in that country.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder arrivalDate(LocalDate value) {
            this.arrivalDate = value;
            return this;
        }

        /**
         * Sets {@code residence.asylumRegistrationDate}: date the asylum claim was registered there.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder asylumRegistrationDate(LocalDate value) {
            this.asylumRegistrationDate = value;
            return this;
        }

        /**
         * Sets {@code residence.appliedForRegularization}: whether the applicant applied for regularisation (Ecuador).
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder appliedForRegularization(Boolean value) {
            this.appliedForRegularization = value;
            return this;
        }

        /**
         * A new {@link Residence} with the components set so far.
         *
         * @return the record
         */
        public Residence build() {
            return new Residence(country, status, arrivalDate, asylumRegistrationDate, appliedForRegularization);
        }
    }
}
