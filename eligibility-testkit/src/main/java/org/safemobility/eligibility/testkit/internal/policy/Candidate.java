package org.safemobility.eligibility.testkit.internal.policy;

import java.util.List;
import java.util.Map;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Status;

/**
 * One way a pathway can be screened: with one petition or job offer (sections 4 and 6), or with
 * none ({@code index} -1: no pathway-level candidates, none in a known list, or the list absent).
 *
 * @param index    the petition's index in {@code usRelatives}, the offer's in
 *                 {@code employment.jobOffers}, or -1
 * @param criteria every criterion of the pathway for this candidate, in the policy's order
 */
record Candidate(int index, Map<String, Truth> criteria) {

    Candidate {
        criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
    }

    /** Section 1: ELIGIBLE when every criterion is MET, NOT_ELIGIBLE when any is NOT_MET, else POSSIBLY_ELIGIBLE. */
    Status status() {
        return status(criteria.values());
    }

    static Status status(java.util.Collection<Truth> criteria) {
        Outcome all = Truth.all(List.copyOf(criteria)).outcome();
        return switch (all) {
            case MET -> Status.ELIGIBLE;
            case NOT_MET -> Status.NOT_ELIGIBLE;
            case UNKNOWN -> Status.POSSIBLY_ELIGIBLE;
        };
    }

    /**
     * Sections 4 and 6: the candidate with the best status (ELIGIBLE over POSSIBLY_ELIGIBLE over
     * NOT_ELIGIBLE), ties to the first in input order.
     */
    static Candidate best(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || rank(c.status()) < rank(best.status())) {
                best = c;
            }
        }
        return best;
    }

    private static int rank(Status s) {
        return switch (s) {
            case ELIGIBLE -> 0;
            case POSSIBLY_ELIGIBLE -> 1;
            case NOT_ELIGIBLE -> 2;
        };
    }
}
