package org.safemobility.eligibility;

import java.util.List;

/**
 * A rule set could not be built: a DRL file does not compile, a reference table is malformed, the
 * rule set is incomplete, or a file of it differs from its hash in {@code ruleset.sha256} (tampered,
 * missing, extra). Each problem reads {@code file:line: code: message} where known. A refused build
 * leaves every engine already built as it was.
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
