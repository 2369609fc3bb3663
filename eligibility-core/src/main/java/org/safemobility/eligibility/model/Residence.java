package org.safemobility.eligibility.model;

import java.time.LocalDate;

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
}
