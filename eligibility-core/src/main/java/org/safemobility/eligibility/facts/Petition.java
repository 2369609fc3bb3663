package org.safemobility.eligibility.facts;

import org.apiguardian.api.API;

/**
 * A petition: an entry of {@code usRelatives} that has an {@code i130} (policy section 4), or the
 * stand-in for "no petition" or "relatives not answered".
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Petition extends Candidate {

    private static final RelativeAnswers NO_RELATIVE =
            new RelativeAnswers(-1, new org.safemobility.eligibility.model.UsRelative(null, null, null, null, null, null));

    private final RelativeAnswers relative;

    private Petition(Screening screening, Kind kind, RelativeAnswers relative) {
        super(screening, kind, relative.getIndex(), "usRelatives");
        this.relative = relative;
    }

    public static Petition of(Screening screening, RelativeAnswers relative) {
        return new Petition(screening, Kind.PRESENT, relative);
    }

    public static Petition none(Screening screening) {
        return new Petition(screening, Kind.NONE, NO_RELATIVE);
    }

    public static Petition unanswered(Screening screening) {
        return new Petition(screening, Kind.UNANSWERED, NO_RELATIVE);
    }

    /** The petitioning relative (all answers absent when there is no petition). */
    public RelativeAnswers relative() {
        return relative;
    }
}
