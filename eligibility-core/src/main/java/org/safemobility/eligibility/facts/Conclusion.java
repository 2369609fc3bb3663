package org.safemobility.eligibility.facts;

import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;

/**
 * What a criterion rule concluded for one screening (and, for petition and job-offer criteria,
 * one candidate). Rules record these; the engine assembles them into the report and words the
 * reason in the report's language from {@code reasonKey}, the outcome and {@code facts}.
 *
 * @param screening the screening it belongs to
 * @param candidate index of the petition or job offer, or -1
 * @param about     what the reason is about: the applicant, a petition or offer, or their absence
 * @param criterion the criterion ID, from the rule's {@code @criterion} metadata
 * @param citation  from the rule's {@code @citation} metadata
 * @param rule      the rule's name
 * @param reasonKey the catalog key of the reason: the rule's {@code @reason}, else the criterion
 * @param value     the outcome and missing paths
 * @param facts     the facts the reason names
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Conclusion(Screening screening, int candidate, About about, String criterion, String citation,
                         String rule, String reasonKey, Tri value, Reason facts) {

    /** A conclusion without a value fails in the rule that drew it, not in one that reads it later. */
    public Conclusion {
        java.util.Objects.requireNonNull(value, "the rule concluded no value (null Tri)");
        java.util.Objects.requireNonNull(facts, "facts");
    }

    /** What a conclusion's reason speaks of, which decides how the catalogs word it. */
    public enum About {
        /** The applicant's own answers (and a petition or offer list not answered). */
        APPLICANT,
        /** One petition, at {@link #candidate()} in {@code usRelatives}. */
        PETITION,
        /** One job offer, at {@link #candidate()} in {@code employment.jobOffers}. */
        OFFER,
        /** The applicant has no petition, so a petition-level criterion is NOT_MET. */
        NO_PETITION,
        /** The applicant has no job offer, so an offer-level criterion is NOT_MET. */
        NO_OFFER
    }

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
