package org.safemobility.eligibility.facts;

import org.apiguardian.api.API;

/**
 * A job offer screened for H-1B, H-2A and H-2B (policy section 6), or the stand-in for "no offer"
 * or "offers not answered".
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JobOfferCandidate extends Candidate {

    private static final OfferAnswers NO_OFFER =
            new OfferAnswers(-1, new org.safemobility.eligibility.model.JobOffer(null, null, null, null, null, null, null));

    private final OfferAnswers offer;

    private JobOfferCandidate(Screening screening, Kind kind, OfferAnswers offer) {
        super(screening, kind, offer.getIndex(), "employment.jobOffers");
        this.offer = offer;
    }

    public static JobOfferCandidate of(Screening screening, OfferAnswers offer) {
        return new JobOfferCandidate(screening, Kind.PRESENT, offer);
    }

    public static JobOfferCandidate none(Screening screening) {
        return new JobOfferCandidate(screening, Kind.NONE, NO_OFFER);
    }

    public static JobOfferCandidate unanswered(Screening screening) {
        return new JobOfferCandidate(screening, Kind.UNANSWERED, NO_OFFER);
    }

    /** The offer's answers (all absent when there is no offer). */
    public OfferAnswers offer() {
        return offer;
    }
}
