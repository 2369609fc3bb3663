package org.safemobility.eligibility.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.facts.Conclusions;
import org.safemobility.eligibility.facts.RuleLabel;
import org.safemobility.eligibility.facts.Screening;

/**
 * Runs screenings through one pooled session and returns each screening's conclusions. A session
 * is used by one thread at a time and always disposed, which resets it and returns it to the pool.
 *
 * <p>Whatever goes wrong inside the session (a consequence that throws, a constraint that throws,
 * a rule set that loops or recurses) leaves as an {@link EvaluationException} naming the rule, its
 * criterion and the rule-set version. The original exception is never chained: its message or its
 * cause may quote applicant values; only its type is named.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Screener {

    /** Rule firings allowed per screening before the run counts as a loop. */
    static final int FIRINGS_PER_SCREENING = 2_000;

    /** How Drools names a rule in the message of a constraint that failed: {@code Rule "NAME"}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \"([^\"]{1,200})\"");

    private final RuleSet ruleSet;

    public Screener(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Runs {@code screenings} through one session; {@link Conclusions#of} gives each one's conclusions. */
    public Conclusions run(List<Screening> screenings) {
        KieSession session = ruleSet.newSession();
        Conclusions conclusions = new Conclusions(screenings);
        FiringWatch watch = new FiringWatch();
        try {
            session.setGlobal("refs", ruleSet.reference());
            session.setGlobal("conclusions", conclusions);
            for (Screening s : screenings) {
                session.insert(s);
            }
            int limit = FIRINGS_PER_SCREENING * screenings.size();
            int fired = session.fireAllRules(watch, limit);
            if (fired >= limit) {
                throw failure("the rules fired " + fired + " times without settling; a rule loops", watch.last);
            }
            return conclusions;
        } catch (ConsequenceException e) {
            throw failure("a rule failed with " + rootType(e), e.getMatch() == null ? null : e.getMatch().getRule());
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A constraint that threw (Drools names its rule in the message; only a name that really
            // is a rule of this rule set is repeated), or a rule recursing without end (the rule
            // firing when it happened).
            Rule named = ruleNamedIn(e);
            throw failure("a rule failed with " + rootType(e), named != null ? named : watch.last);
        } finally {
            session.dispose();
        }
    }

    private EvaluationException failure(String message, Rule rule) {
        if (rule == null) {
            return new EvaluationException(message, null, null, ruleSet.version());
        }
        Object criterion = rule.getMetaData().get("criterion");
        if (criterion == null) {
            criterion = rule.getMetaData().get("derives");
        }
        return new EvaluationException(message, rule.getName(),
                criterion == null ? null : RuleLabel.unquote(criterion.toString()), ruleSet.version());
    }

    /** Lets every match fire and remembers the last one: the rule to name when a run loops or recurses. */
    private static final class FiringWatch implements AgendaFilter {
        Rule last;

        @Override
        public boolean accept(Match match) {
            last = match.getRule();
            return true;
        }
    }

    private Rule ruleNamedIn(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            Matcher m = RULE_IN_MESSAGE.matcher(message);
            while (m.find()) {
                for (KiePackage pkg : ruleSet.kieBase().getKiePackages()) {
                    for (Rule rule : pkg.getRules()) {
                        if (rule.getName().equals(m.group(1))) {
                            return rule;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String rootType(Throwable t) {
        Throwable root = t;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getName();
    }
}
