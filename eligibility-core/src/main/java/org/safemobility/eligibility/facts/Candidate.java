package org.safemobility.eligibility.facts;

import org.apiguardian.api.API;

/**
 * Something a pathway is screened against one at a time: a petition (FRP) or a job offer (H-1B,
 * H-2A, H-2B). The policy evaluates every candidate with all criteria and reports the best; when
 * there is none the candidate-level criteria are NOT_MET, and when the list was not answered they
 * are UNKNOWN (policy sections 4 and 6).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract class Candidate {

    /** What kind of candidate this is. */
    public enum Kind {
        /** A real petition or offer, at {@link #getIndex()} in its list. */
        PRESENT,
        /** The list is known and holds no candidate. */
        NONE,
        /** The list was not answered. */
        UNANSWERED
    }

    private final Screening screening;
    private final Kind kind;
    private final int index;
    private final String listPath;

    Candidate(Screening screening, Kind kind, int index, String listPath) {
        this.screening = screening;
        this.kind = kind;
        this.index = index;
        this.listPath = listPath;
    }

    public Screening getScreening() {
        return screening;
    }

    public Kind getKind() {
        return kind;
    }

    /** Position in its list, or -1 when there is no candidate. */
    public int getIndex() {
        return index;
    }

    /**
     * The criterion's value for this candidate: {@code test} for a real one, NOT_MET when there is
     * none, UNKNOWN (the list is missing) when the list was not answered.
     */
    public Tri decide(Tri test) {
        return switch (kind) {
            case PRESENT -> test;
            case NONE -> Tri.notMet();
            case UNANSWERED -> Tri.unknown(listPath);
        };
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + kind + ", index=" + index + "]";
    }
}
