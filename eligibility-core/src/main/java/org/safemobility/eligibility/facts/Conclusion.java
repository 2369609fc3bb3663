package org.safemobility.eligibility.facts;

import java.util.List;
import org.safemobility.eligibility.Outcome;

/**
 * What a criterion rule concluded for one screening (and, for petition and job-offer criteria,
 * one candidate). Rules insert these; the engine assembles them into the report.
 *
 * @param screening the screening it belongs to
 * @param candidate index of the petition or job offer, or -1
 * @param criterion the criterion ID, from the rule's {@code @criterion} metadata
 * @param citation  from the rule's {@code @citation} metadata
 * @param rule      the rule's name
 * @param value     the outcome and missing paths
 * @param reason    one plain sentence
 */
public record Conclusion(
        Screening screening, int candidate, String criterion, String citation, String rule, Tri value, String reason) {

    public Outcome outcome() {
        return value.outcome();
    }

    public List<String> missing() {
        return value.missing();
    }

    /** Whether this is one of the program-access criteria (ID prefix {@code ACC-}). */
    public boolean isAccessCriterion() {
        return criterion.startsWith("ACC-");
    }

    @Override
    public String toString() {
        return "Conclusion[" + criterion + " " + value.outcome() + " by " + rule + ", candidate " + candidate + "]";
    }
}
