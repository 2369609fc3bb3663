package org.safemobility.eligibility;

import java.util.List;

/**
 * A rule set could not be built: a DRL file does not compile, a reference table is malformed, or
 * the rule set is incomplete. Each problem reads {@code file:line: code: message} where known.
 */
public final class RuleSetException extends EligibilityException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super("rule set rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(String problem, Throwable cause) {
        super("rule set rejected: " + problem, cause);
        this.problems = List.of(problem);
    }

    /** The problems found, one line each. */
    public List<String> problems() {
        return problems;
    }
}
