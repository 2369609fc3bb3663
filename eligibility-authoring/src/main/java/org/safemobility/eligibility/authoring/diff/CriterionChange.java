package org.safemobility.eligibility.authoring.diff;

import java.util.Objects;
import org.safemobility.eligibility.Outcome;

/**
 * A criterion of one applicant's report whose outcome differs between the old and the new rules,
 * or that only one of the two reports shows.
 *
 * <p>Criteria are matched by scope and criterion ID and, for the criteria of a petition or a job
 * offer, by the candidate the report shows them for ({@code usRelatives[1]},
 * {@code employment.jobOffers[0]}): when the new rules pick another petition as the best, the old
 * petition's criteria appear with no new side and the new one's with no old side.
 *
 * @param scope      {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
 * @param criterion  the criterion ID, for example {@code ACC-OFFICE-OPEN}
 * @param candidate  the petition or job offer the criterion was decided for, as a field path, or
 *                   {@code null} when it concerns the applicant as a whole
 * @param oldOutcome the outcome under the old rules, or {@code null} when the old report lacks it
 * @param oldReason  the old report's reason, or {@code null} when the old report lacks it
 * @param newOutcome the outcome under the new rules, or {@code null} when the new report lacks it
 * @param newReason  the new report's reason, or {@code null} when the new report lacks it
 */
public record CriterionChange(String scope, String criterion, String candidate, Outcome oldOutcome, String oldReason,
                              Outcome newOutcome, String newReason) {

    /**
     * Checks that each side gives its outcome and reason together, that there is a side, and that the
     * outcome changed.
     *
     * @param scope {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
     * @param criterion the criterion ID, for example {@code ACC-OFFICE-OPEN}
     * @param candidate the petition or job offer the criterion was decided for, as a field path, or {@code
     *                  null} when it concerns the applicant as a whole
     * @param oldOutcome the outcome under the old rules, or {@code null} when the old report lacks it
     * @param oldReason the old report's reason, or {@code null} when the old report lacks it
     * @param newOutcome the outcome under the new rules, or {@code null} when the new report lacks it
     * @param newReason the new report's reason, or {@code null} when the new report lacks it
     * @throws IllegalArgumentException when a side has an outcome without a reason or the reverse, when both
     *                                  sides are missing, or when both outcomes are the same
     */
    public CriterionChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(criterion, "criterion");
        if ((oldOutcome == null) != (oldReason == null) || (newOutcome == null) != (newReason == null)) {
            throw new IllegalArgumentException("an outcome and its reason are given together or not at all");
        }
        if (oldOutcome == null && newOutcome == null) {
            throw new IllegalArgumentException("a change needs an old or a new side");
        }
        if (oldOutcome == newOutcome) {
            throw new IllegalArgumentException("the outcome did not change");
        }
    }

    /** Redacted: a reason may name the applicant's answers (an evaluation date, an office). */
    @Override
    public String toString() {
        return "CriterionChange[scope=" + scope + ", criterion=" + criterion + ", candidate=" + candidate
                + ", oldOutcome=" + oldOutcome + ", newOutcome=" + newOutcome + ", reasons redacted]";
    }
}
