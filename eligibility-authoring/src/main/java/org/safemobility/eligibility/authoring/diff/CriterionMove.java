package org.safemobility.eligibility.authoring.diff;

import java.util.Objects;
import org.safemobility.eligibility.Outcome;

/**
 * How many applicants had one criterion's outcome move from {@code from} to {@code to}, in one
 * scope, whether or not their status moved with it: a change to a list a criterion reads shows
 * here even when it decides no status.
 *
 * @param scope      {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
 * @param criterion  the criterion ID
 * @param from       the old outcome, or {@code null} when the old report lacks the criterion (another
 *                   petition or offer was shown)
 * @param to         the new outcome, or {@code null} when the new report lacks it
 * @param applicants how many applicants, at least 1; an applicant counts once per move even when
 *                   two candidates of theirs moved alike
 */
public record CriterionMove(String scope, String criterion, Outcome from, Outcome to, long applicants) {

    /**
     * Checks that the outcome changed and that some applicant moved.
     *
     * @param scope {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
     * @param criterion the criterion ID
     * @param from the old outcome, or {@code null} when the old report lacks the criterion (another petition
     *             or offer was shown)
     * @param to the new outcome, or {@code null} when the new report lacks it
     * @param applicants how many applicants, at least 1; an applicant counts once per move even when two
     *                   candidates of theirs moved alike
     * @throws IllegalArgumentException when {@code from} equals {@code to} or there are no applicants
     */
    public CriterionMove {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(criterion, "criterion");
        if (from == to) {
            throw new IllegalArgumentException("a move changes the outcome");
        }
        if (applicants < 1) {
            throw new IllegalArgumentException("a move has at least one applicant");
        }
    }
}
