package org.safemobility.eligibility.facts;

import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.TemporaryNeed;

/** The answers about one job offer, with paths like {@code employment.jobOffers[1].kind}. */
public final class OfferAnswers {

    private final int index;
    private final String prefix;
    private final JobOffer offer;

    OfferAnswers(int index, JobOffer offer) {
        this.index = index;
        this.prefix = "employment.jobOffers[" + index + "]";
        this.offer = offer;
    }

    /** Position in {@code employment.jobOffers}, from 0. */
    public int getIndex() {
        return index;
    }

    public Answer<JobKind> kind() {
        return new Answer<>(prefix + ".kind", offer.kind());
    }

    public Answer<Boolean> usEmployer() {
        return new Answer<>(prefix + ".usEmployer", offer.usEmployer());
    }

    public Answer<TemporaryNeed> temporaryNeed() {
        return new Answer<>(prefix + ".temporaryNeed", offer.temporaryNeed());
    }

    public Answer<Integer> durationMonths() {
        return new Answer<>(prefix + ".durationMonths", offer.durationMonths());
    }

    public Answer<LaborCertification> laborCertification() {
        return new Answer<>(prefix + ".laborCertification", offer.laborCertification());
    }

    public Answer<Boolean> capExempt() {
        return new Answer<>(prefix + ".capExempt", offer.capExempt());
    }

    public Answer<Boolean> capSelected() {
        return new Answer<>(prefix + ".capSelected", offer.capSelected());
    }

    @Override
    public String toString() {
        return "OfferAnswers[" + prefix + ", personal data redacted]";
    }
}
