package org.safemobility.eligibility;

/**
 * The rules failed while screening a valid applicant: a rule threw, looped past the firing
 * limit, or left a criterion undecided. Names the rule, the criterion it decides and the rule-set
 * version where known; never carries applicant data (the failure's own exception, which may quote
 * applicant values, is not chained: only its type is named), and the engine stays usable.
 */
public final class EvaluationException extends EligibilityException {
    private static final long serialVersionUID = 1L;

    /** @serial the rule involved, or {@code null} */
    private final String rule;
    /** @serial the criterion the rule decides, or {@code null} */
    private final String criterion;
    /** @serial the version of the rule set that was running */
    private final String rulesetVersion;

    /**
     * A failure that names no criterion.
     *
     * @param message        what went wrong, without applicant data
     * @param rule           the rule involved, or {@code null}
     * @param rulesetVersion the version of the rule set that was running
     */
    public EvaluationException(String message, String rule, String rulesetVersion) {
        this(message, rule, null, rulesetVersion);
    }

    /**
     * A failure that names the criterion its rule decides.
     *
     * @param message        what went wrong, without applicant data
     * @param rule           the rule involved, or {@code null}
     * @param criterion      the criterion that rule decides (its {@code @criterion}, or its
     *                       {@code @derives} for a derivation rule), or {@code null}
     * @param rulesetVersion the version of the rule set that was running
     */
    public EvaluationException(String message, String rule, String criterion, String rulesetVersion) {
        super(message + " [rule=" + rule + (criterion == null ? "" : ", criterion=" + criterion)
                + ", ruleset=" + rulesetVersion + "]");
        this.rule = rule;
        this.criterion = criterion;
        this.rulesetVersion = rulesetVersion;
    }

    /**
     * The rule involved.
     *
     * @return its name, or {@code null} when none can be named
     */
    public String rule() {
        return rule;
    }

    /**
     * The criterion the rule involved decides (for a derivation rule, the fact it derives).
     *
     * @return its id, or {@code null} when none can be named
     */
    public String criterion() {
        return criterion;
    }

    /**
     * The rule set that was running.
     *
     * @return its version, as reports give it in {@code rulesetVersion}
     */
    public String rulesetVersion() {
        return rulesetVersion;
    }
}
