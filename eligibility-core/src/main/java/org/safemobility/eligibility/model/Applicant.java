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

    public Applicant {
        nationalities = Lists.copyOrNull(nationalities);
        usRelatives = Lists.copyOrNull(usRelatives);
    }

    /** A builder, for code that fills in answers one at a time. */
    public static Builder builder(String id, Office office) {
        return new Builder(id, office);
    }

    /** Redacted: shows the office and which answers are present, never their values. */
    @Override
    public String toString() {
        return "Applicant[office=" + office + ", personal data redacted]";
    }

    /** Collects answers for an {@link Applicant}; not thread-safe, reusable. */
    public static final class Builder {
        private final String id;
        private final Office office;
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

        private Builder(String id, Office office) {
            this.id = id;
            this.office = office;
        }

        public Builder applicationDate(LocalDate value) { this.applicationDate = value; return this; }
        public Builder dateOfBirth(LocalDate value) { this.dateOfBirth = value; return this; }
        public Builder nationalities(List<String> value) { this.nationalities = value; return this; }
        public Builder nationalities(String... value) { this.nationalities = List.of(value); return this; }
        public Builder maritalStatus(MaritalStatus value) { this.maritalStatus = value; return this; }
        public Builder residence(Residence value) { this.residence = value; return this; }
        public Builder protection(Protection value) { this.protection = value; return this; }
        public Builder passportExpiryDate(LocalDate value) { this.passportExpiryDate = value; return this; }
        public Builder usRelatives(List<UsRelative> value) { this.usRelatives = value; return this; }
        public Builder usHistory(UsHistory value) { this.usHistory = value; return this; }
        public Builder employment(Employment value) { this.employment = value; return this; }

        public Applicant build() {
            return new Applicant(id, office, applicationDate, dateOfBirth, nationalities, maritalStatus,
                    residence, protection, passportExpiryDate, usRelatives, usHistory, employment);
        }
    }
}
