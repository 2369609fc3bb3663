package org.safemobility.eligibility.facts;

import org.apiguardian.api.API;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.TemporaryNeed;

/** The answers about one job offer, with paths like {@code employment.jobOffers[1].kind}. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class OfferAnswers {

    private static final Paths KIND = new Paths("employment.jobOffers", ".kind");
    private static final Paths USEMPLOYER = new Paths("employment.jobOffers", ".usEmployer");
    private static final Paths TEMPORARYNEED = new Paths("employment.jobOffers", ".temporaryNeed");
    private static final Paths DURATIONMONTHS = new Paths("employment.jobOffers", ".durationMonths");
    private static final Paths LABORCERTIFICATION = new Paths("employment.jobOffers", ".laborCertification");
    private static final Paths CAPEXEMPT = new Paths("employment.jobOffers", ".capExempt");
    private static final Paths CAPSELECTED = new Paths("employment.jobOffers", ".capSelected");

    private final int index;
    private final JobOffer offer;

    OfferAnswers(int index, JobOffer offer) {
        this.index = index;
        this.offer = offer;
    }

    /** Position in {@code employment.jobOffers}, from 0. */
    public int getIndex() {
        return index;
    }

    public Answer<JobKind> kind() {
        return new Answer<>(KIND.at(index), offer.kind());
    }

    public Answer<Boolean> usEmployer() {
        return new Answer<>(USEMPLOYER.at(index), offer.usEmployer());
    }

    public Answer<TemporaryNeed> temporaryNeed() {
        return new Answer<>(TEMPORARYNEED.at(index), offer.temporaryNeed());
    }

    public Answer<Integer> durationMonths() {
        return new Answer<>(DURATIONMONTHS.at(index), offer.durationMonths());
    }

    public Answer<LaborCertification> laborCertification() {
        return new Answer<>(LABORCERTIFICATION.at(index), offer.laborCertification());
    }

    public Answer<Boolean> capExempt() {
        return new Answer<>(CAPEXEMPT.at(index), offer.capExempt());
    }

    public Answer<Boolean> capSelected() {
        return new Answer<>(CAPSELECTED.at(index), offer.capSelected());
    }

    @Override
    public String toString() {
        return "OfferAnswers[employment.jobOffers[" + index + "], personal data redacted]";
    }
}
