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

    public Employment {
        jobOffers = Lists.copyOrNull(jobOffers);
    }

    @Override
    public String toString() {
        return "Employment[personal data redacted]";
    }
}
