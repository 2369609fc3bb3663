package org.safemobility.eligibility.facts;

import org.apiguardian.api.API;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Builds the {@link Conclusion} a criterion rule records. The criterion ID, citation and reason
 * key come from the rule's own metadata ({@code @criterion}, {@code @citation}, optional
 * {@code @reason}) and the rule name from the rule, so a report can never name a criterion or
 * source the deciding rule does not carry. The words of the reason are in the rule set's message
 * catalogs ({@code messages/<language>.properties}), one template per criterion and outcome; the
 * rule hands over the facts they name.
 *
 * <p>For rule authors: {@code conclusions.add(Verdicts.conclude(kcontext, $s, test, Reason.of("cutoff", cutoff)));}
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Verdicts {

    private Verdicts() {
    }

    /** Concludes a criterion of the screening itself, whose reason names no fact of its own. */
    public static Conclusion conclude(RuleContext kcontext, Screening screening, Tri value) {
        return conclude(kcontext, screening, value, Reason.none());
    }

    /** Concludes a criterion of the screening itself; its reason may name {@code facts}. */
    public static Conclusion conclude(RuleContext kcontext, Screening screening, Tri value, Reason facts) {
        return conclusion(screening, RuleLabel.of(kcontext.getRule()), value, facts);
    }

    /** Concludes a criterion of one petition or job offer, whose reason names no fact of its own. */
    public static Conclusion conclude(RuleContext kcontext, Candidate candidate, Tri value) {
        return conclude(kcontext, candidate, value, Reason.none());
    }

    /** Concludes a criterion of one petition or job offer; its reason may name {@code facts}. */
    public static Conclusion conclude(RuleContext kcontext, Candidate candidate, Tri value, Reason facts) {
        return conclusion(candidate, RuleLabel.of(kcontext.getRule()), value, facts);
    }

    /**
     * The conclusion about a screening, labelled explicitly. Rules use {@link #conclude}; this is
     * for evaluators that run without a rule engine.
     */
    public static Conclusion conclusion(Screening screening, RuleLabel label, Tri value, Reason facts) {
        return new Conclusion(screening, -1, Conclusion.About.APPLICANT, label.criterion(), label.citation(),
                label.rule(), label.reasonKey(), value, facts);
    }

    /** The conclusion about a petition or job offer; see {@link #conclusion(Screening, RuleLabel, Tri, Reason)}. */
    public static Conclusion conclusion(Candidate candidate, RuleLabel label, Tri value, Reason facts) {
        boolean petition = candidate instanceof Petition;
        Conclusion.About about = switch (candidate.getKind()) {
            case PRESENT -> petition ? Conclusion.About.PETITION : Conclusion.About.OFFER;
            case NONE -> petition ? Conclusion.About.NO_PETITION : Conclusion.About.NO_OFFER;
            case UNANSWERED -> Conclusion.About.APPLICANT;
        };
        return new Conclusion(candidate.getScreening(), candidate.getIndex(), about, label.criterion(),
                label.citation(), label.rule(), label.reasonKey(), candidate.decide(value), facts);
    }
}
