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

    public UsHistory {
        irregularEntryDates = Lists.copyOrNull(irregularEntryDates);
        interdictionDates = Lists.copyOrNull(interdictionDates);
        removalOrderDates = Lists.copyOrNull(removalOrderDates);
    }

    @Override
    public String toString() {
        return "UsHistory[personal data redacted]";
    }
}
