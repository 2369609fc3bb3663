package org.safemobility.eligibility.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Earlier U.S. immigration history. Any component may be {@code null} (unknown); an empty list
 * is a known "none".
 *
 * @param immigrantVisaIssued an immigrant visa was issued to the applicant
 * @param irregularEntryDates dates of entries into the United States between ports of entry
 * @param interdictionDates   dates the applicant was interdicted at sea
 * @param removalOrderDates   dates of removal orders
 */
public record UsHistory(
        Boolean immigrantVisaIssued,
        List<LocalDate> irregularEntryDates,
        List<LocalDate> interdictionDates,
        List<LocalDate> removalOrderDates) {

    /**
     * Copies the lists, keeping {@code null} (unknown) apart from empty (known none).
     *
     * @param immigrantVisaIssued an immigrant visa was issued to the applicant
     * @param irregularEntryDates dates of entries into the United States between ports of entry
     * @param interdictionDates   dates the applicant was interdicted at sea
     * @param removalOrderDates   dates of removal orders
     */
    public UsHistory {
        irregularEntryDates = Lists.copyOrNull(irregularEntryDates);
        interdictionDates = Lists.copyOrNull(interdictionDates);
        removalOrderDates = Lists.copyOrNull(removalOrderDates);
    }

    @Override
    public String toString() {
        return "UsHistory[personal data redacted]";
    }

    /**
     * A builder with nothing answered yet (every component {@code null}, unknown), whose setters
     * are named as the JSON's fields ({@code usHistory}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the components of a {@link UsHistory}, one setter per JSON field. A setter left
     * uncalled leaves its component {@code null} (unknown); lists are copied when given, so later
     * changes to the caller's list do not reach the builder, and must not hold {@code null}.
     * {@link #build()} does not validate values: the engine does, reporting every violation at
     * once. Not thread-safe; reusable (each {@code build()} makes a new record).
     */
    public static final class Builder {
        private Boolean immigrantVisaIssued;
        private List<LocalDate> irregularEntryDates;
        private List<LocalDate> interdictionDates;
        private List<LocalDate> removalOrderDates;

        private Builder() {
        }

        /**
         * Sets {@code usHistory.immigrantVisaIssued}: an immigrant visa was issued to the applicant.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder immigrantVisaIssued(Boolean value) {
            this.immigrantVisaIssued = value;
            return this;
        }

        /**
         * Sets {@code usHistory.irregularEntryDates}: dates of entries into the United States between ports of entry.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder irregularEntryDates(List<LocalDate> value) {
            this.irregularEntryDates = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code usHistory.irregularEntryDates} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder irregularEntryDates(LocalDate... values) {
            this.irregularEntryDates = List.of(values);
            return this;
        }

        /**
         * Sets {@code usHistory.interdictionDates}: dates the applicant was interdicted at sea.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder interdictionDates(List<LocalDate> value) {
            this.interdictionDates = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code usHistory.interdictionDates} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder interdictionDates(LocalDate... values) {
            this.interdictionDates = List.of(values);
            return this;
        }

        /**
         * Sets {@code usHistory.removalOrderDates}: dates of removal orders.
         *
         * @param value the value, or {@code null} for unknown
         * @return this builder
         */
        public Builder removalOrderDates(List<LocalDate> value) {
            this.removalOrderDates = Lists.copyOrNull(value);
            return this;
        }

        /**
         * Sets {@code usHistory.removalOrderDates} to the values given, in order; none is a known "none".
         *
         * @param values the values; neither the array nor a value {@code null}
         * @return this builder
         */
        public Builder removalOrderDates(LocalDate... values) {
            this.removalOrderDates = List.of(values);
            return this;
        }

        /**
         * A new {@link UsHistory} with the components set so far.
         *
         * @return the record
         */
        public UsHistory build() {
            return new UsHistory(immigrantVisaIssued, irregularEntryDates, interdictionDates, removalOrderDates);
        }
    }
}
