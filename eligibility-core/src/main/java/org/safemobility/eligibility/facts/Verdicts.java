package org.safemobility.eligibility.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds the {@link Conclusion} a criterion rule inserts. The criterion ID and citation come from
 * the rule's own metadata ({@code @criterion}, {@code @citation}) and the rule name from the rule,
 * so a report can never name a criterion or source the deciding rule does not carry.
 *
 * <p>For rule authors: {@code insert(Verdicts.conclude(kcontext, $s, test, "met reason", "not met
 * reason"));}
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** Concludes a criterion of the screening itself. */
    public static Conclusion conclude(RuleContext kcontext, Screening screening, Tri value, String met, String notMet) {
        return conclude(kcontext, screening, value, met, notMet, null);
    }

    /**
     * Concludes a criterion of the screening itself.
     *
     * @param undecided reason for an UNKNOWN with nothing missing (for example a pending
     *                  certification), or {@code null}
     */
    public static Conclusion conclude(
            RuleContext kcontext, Screening screening, Tri value, String met, String notMet, String undecided) {
        RuleLabel label = RuleLabel.of(kcontext.getRule());
        return conclusion(screening, label.criterion(), label.citation(), label.rule(), value, met, notMet, undecided);
    }

    /** Concludes a criterion of one petition or job offer. */
    public static Conclusion conclude(RuleContext kcontext, Candidate candidate, Tri value, String met, String notMet) {
        return conclude(kcontext, candidate, value, met, notMet, null);
    }

    /** Concludes a criterion of one petition or job offer, with a reason for an undecidable UNKNOWN. */
    public static Conclusion conclude(
            RuleContext kcontext, Candidate candidate, Tri value, String met, String notMet, String undecided) {
        RuleLabel label = RuleLabel.of(kcontext.getRule());
        return conclusion(candidate, label.criterion(), label.citation(), label.rule(), value, met, notMet, undecided);
    }

    /**
     * The conclusion about a screening, given the criterion, citation and deciding rule explicitly.
     * Rules use {@link #conclude}; this is for evaluators that run without a rule engine.
     */
    public static Conclusion conclusion(Screening screening, String criterion, String citation, String rule,
                                        Tri value, String met, String notMet, String undecided) {
        return new Conclusion(screening, -1, criterion, citation, rule, value, reason(value, met, notMet, undecided));
    }

    /** The conclusion about a petition or job offer; see {@link #conclusion(Screening, String, String, String, Tri, String, String, String)}. */
    public static Conclusion conclusion(Candidate candidate, String criterion, String citation, String rule,
                                        Tri value, String met, String notMet, String undecided) {
        Tri decided = candidate.decide(value);
        String reason = switch (candidate.getKind()) {
            case PRESENT -> candidatePath(candidate) + reason(decided, met, notMet, undecided);
            case NONE -> candidate instanceof Petition
                    ? "No relative in usRelatives filed a Form I-130 for the applicant, so there is no petition to meet this."
                    : "The applicant has no U.S. job offer, so there is no offer to meet this.";
            case UNANSWERED -> reason(decided, met, notMet, undecided);
        };
        return new Conclusion(candidate.getScreening(), candidate.getIndex(), criterion, citation, rule, decided, reason);
    }

    private static final Paths PETITIONS = new Paths("usRelatives", ": ");
    private static final Paths OFFERS = new Paths("employment.jobOffers", ": ");

    /** "usRelatives[1]: " or "employment.jobOffers[0]: ", the start of a candidate's reason. */
    private static String candidatePath(Candidate candidate) {
        return (candidate instanceof Petition ? PETITIONS : OFFERS).at(candidate.getIndex());
    }

    private static String reason(Tri value, String met, String notMet, String undecided) {
        return switch (value.outcome()) {
            case MET -> met;
            case NOT_MET -> notMet;
            case UNKNOWN -> value.missing().isEmpty()
                    ? (undecided != null ? undecided : "Not decided yet: the answers given do not settle it.")
                    : "Not decided yet: no answer for " + String.join(", ", value.missing()) + ".";
        };
    }
}
