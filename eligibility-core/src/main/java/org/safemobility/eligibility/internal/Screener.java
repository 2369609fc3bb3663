package org.safemobility.eligibility.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.Conclusions;
import org.safemobility.eligibility.facts.Screening;

/**
 * Runs screenings through one pooled session and returns each screening's conclusions. A session
 * is used by one thread at a time and always disposed, which resets it and returns it to the pool.
 */
public final class Screener {

    /** Rule firings allowed per screening before the run counts as a loop. */
    static final int FIRINGS_PER_SCREENING = 2_000;

    private final RuleSet ruleSet;

    public Screener(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public Map<Screening, List<Conclusion>> run(List<Screening> screenings) {
        KieSession session = ruleSet.newSession();
        Conclusions conclusions = new Conclusions();
        try {
            session.setGlobal("refs", ruleSet.reference());
            session.setGlobal("conclusions", conclusions);
            for (Screening s : screenings) {
                session.insert(s);
            }
            int limit = FIRINGS_PER_SCREENING * screenings.size();
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new EvaluationException("the rules fired " + fired
                        + " times without settling; a rule loops", null, ruleSet.version());
            }
            Map<Screening, List<Conclusion>> out = new IdentityHashMap<>();
            for (Screening s : screenings) {
                out.put(s, conclusions.of(s));
            }
            return out;
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            // The cause may quote applicant values; keep only its type.
            throw new EvaluationException("a rule failed with " + rootType(e), rule, ruleSet.version());
        } finally {
            session.dispose();
        }
    }

    private static String rootType(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName();
    }
}
