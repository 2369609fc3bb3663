package org.safemobility.eligibility.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One person registering with a Safe Mobility Office: the answers the screening reads.
 *
 * <p>Mirrors {@code applicant.schema.json}. Every component except {@link #id()} and
 * {@link #office()} may be {@code null}, which means <em>unknown</em> (the question was not
 * answered). An empty list is a known "none" and {@code false} a known "no"; the difference
 * matters, because the screening decides what it can and lists what is still missing.
 *
 * <p>Instances are immutable; lists are copied and must not contain {@code null}. The record does
 * not validate values (a country code, an id pattern, a date of birth after the evaluation date):
 * the engine and the JSON reader do, and report every violation at once through
 * {@link org.safemobility.eligibility.InvalidApplicantException}. {@link #toString()} never shows
 * personal data.
 *
 * @param id                 caller's identifier, {@code ^[A-Za-z0-9._-]{1,64}$}; required
 * @param office             the office where the person registers; required
 * @param applicationDate    date of registration; when present it is the evaluation date
 * @param dateOfBirth        date of birth
 * @param nationalities      ISO 3166-1 alpha-2 codes, upper case; empty means stateless
 * @param maritalStatus      marital status
 * @param residence          where and how the person lives now
 * @param protection         answers about persecution and security
 * @param passportExpiryDate expiry date of the passport
 * @param usRelatives        relatives in the United States; empty means none
 * @param usHistory          earlier U.S. immigration history
 * @param employment         education, experience and U.S. job offers
 */
public record Applicant(
        String id,
        Office office,
        LocalDate applicationDate,
        LocalDate dateOfBirth,
        List<String> nationalities,
        MaritalStatus maritalStatus,
        Residence residence,
        Protection protection,
        LocalDate passportExpiryDate,
        List<UsRelative> usRelatives,
        UsHistory usHistory,
        Employment employment) {

    /**
     * Copies the lists, keeping {@code null} (unknown) apart from empty (known none).
     *
     * @param id                 caller's identifier, {@code ^[A-Za-z0-9._-]{1,64}$}; required
     * @param office             the office where the person registers; required
     * @param applicationDate    date of registration; when present it is the evaluation date
     * @param dateOfBirth        date of birth
     * @param nationalities      ISO 3166-1 alpha-2 codes, upper case; empty means stateless
     * @param maritalStatus      marital status
     * @param residence          where and how the person lives now
     * @param protection         answers about persecution and security
     * @param passportExpiryDate expiry date of the passport
     * @param usRelatives        relatives in the United States; empty means none
     * @param usHistory          earlier U.S. immigration history
     * @param employment         education, experience and U.S. job offers
     */
    public Applicant {
        nationalities = Lists.copyOrNull(nationalities);
        usRelatives = Lists.copyOrNull(usRelatives);
    }

    /** Redacted: shows the office and which answers are present, never their values. */
    @Override
    public String toString() {
        return "Applicant[office=" + office + ", personal data redacted]";
    }

    /**
     * A builder with nothing answered yet, whose setters are named as the JSON's fields:
     *
     * <pre>{@code
     * Applicant a = Applicant.builder()
     *         .id("smo-cr-0042")
     *         .office(Office.CR)
     *         .dateOfBirth(LocalDate.of(1990, 5, 17))
     *         .nationalities("NI")
     *         .protection(Protection.builder().fearOfPersecution(true).grounds(ProtectionGround.POLITICAL_OPINION).build())
     *         .build();
     * }</pre>
     *
     * @return a new builder; {@link Builder#id} and {@link Builder#office} are required before
     *         screening
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder with the two required answers given.
     *
     * @param id     the applicant's id
     * @param office the office where the person registers
     * @return a new builder
     */
    public static Builder builder(String id, Office office) {
        return new Builder().id(id).office(office);
    }

    /**
     * Collects the components of an {@link Applicant}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private String id;
        private Office office;
        private LocalDate applicationDate;
        private LocalDate dateOfBirth;
        private List<String> nationalities;
        private MaritalStatus maritalStatus;
        private Residence residence;
        private Protection protection;
        private LocalDate passportExpiryDate;
        private List<UsRelative> usRelatives;
        private UsHistory usHistory;
        private Employment employment;

        private Builder() {
        }

        /**
         * Sets {@code id}: the caller's identifier, {@code ^[A-Za-z0-9._-]{1,64}$}; required.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets {@code office}: the office where the person registers; required.
         *
         * @param value the office
         * @return this builder
         */
        public Builder office(Office value) {
            this.office = value;
            return this;
        }

        /**
         * Sets {@code applicationDate}: date of registration; when present it is the evaluation date.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder applicationDate(LocalDate value) {
            this.applicationDate = value;
            return this;
        }

        /**
         * Sets {@code dateOfBirth}: date of birth.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder dateOfBirth(LocalDate value) {
            this.dateOfBirth = value;
            return this;
        }

        /**
         * Sets {@code nationalities}: ISO 3166-1 alpha-2 codes, upper case; empty means stateless.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder nationalities(List<String> value) {
            this.nationalities = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code nationalities} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder nationalities(String... values) {
            this.nationalities = List.of(values);
            return this;
        }

        /**
         * Sets {@code maritalStatus}: marital status.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder maritalStatus(MaritalStatus value) {
            this.maritalStatus = value;
            return this;
        }

        /**
         * Sets {@code residence}: where and how the person lives now.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder residence(Residence value) {
            this.residence = value;
            return this;
        }

        /**
         * Sets {@code protection}: answers about persecution and security.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder protection(Protection value) {
            this.protection = value;
            return this;
        }

        /**
         * Sets {@code passportExpiryDate}: expiry date of the passport.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder passportExpiryDate(LocalDate value) {
            this.passportExpiryDate = value;
            return this;
        }

        /**
         * Sets {@code usRelatives}: relatives in the United States; empty means none.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder usRelatives(List<UsRelative> value) {
            this.usRelatives = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code usRelatives} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder usRelatives(UsRelative... values) {
            this.usRelatives = List.of(values);
            return this;
        }

        /**
         * Sets {@code usHistory}: earlier U.S. immigration history.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder usHistory(UsHistory value) {
            this.usHistory = value;
            return this;
        }

        /**
         * Sets {@code employment}: education, experience and U.S. job offers.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder employment(Employment value) {
            this.employment = value;
            return this;
        }

        /**
         * A new {@link Applicant} with the components set so far.
         *
         * @return the record
         */
        public Applicant build() {
            return new Applicant(id, office, applicationDate, dateOfBirth, nationalities, maritalStatus, residence, protection, passportExpiryDate, usRelatives, usHistory, employment);
        }
    }
}
