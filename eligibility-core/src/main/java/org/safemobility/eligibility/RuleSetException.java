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

    /** @serial the problems found, one line each */
    private final List<String> problems;

    /**
     * A rule set refused for the problems listed.
     *
     * @param problems one line each, {@code file:line: code: message} where known
     */
    public RuleSetException(List<String> problems) {
        super("rule set rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * A rule set refused for one problem, with the failure that revealed it.
     *
     * @param problem the problem, {@code file:line: code: message} where known
     * @param cause   the underlying failure
     */
    public RuleSetException(String problem, Throwable cause) {
        super("rule set rejected: " + problem, cause);
        this.problems = List.of(problem);
    }

    /**
     * The problems found.
     *
     * @return one line each
     */
    public List<String> problems() {
        return problems;
    }
}
