package org.safemobility.eligibility;

/**
 * The rules failed while screening a valid applicant: a rule threw, looped past the firing
 * limit, or left a criterion undecided. Names the rule and rule-set version where known; never
 * carries applicant data, and the engine stays usable.
 */
public final class EvaluationException extends EligibilityException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String rulesetVersion;

    public EvaluationException(String message, String rule, String rulesetVersion) {
        super(message + " [rule=" + rule + ", ruleset=" + rulesetVersion + "]");
        this.rule = rule;
        this.rulesetVersion = rulesetVersion;
    }

    /** Name of the rule involved, or {@code null} when none can be named. */
    public String rule() {
        return rule;
    }

    /** Version of the rule set that was running. */
    public String rulesetVersion() {
        return rulesetVersion;
    }
}
