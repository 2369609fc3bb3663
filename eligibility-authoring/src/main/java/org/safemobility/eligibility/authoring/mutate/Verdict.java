package org.safemobility.eligibility.authoring.mutate;

/** What became of one mutant. */
public enum Verdict {
    /** The tests failed on it. */
    KILLED,
    /**
     * The mutant passed the linter and the compiler, but its engine failed to build or threw while
     * being tested (a date that does not exist, a rule that fires without end).
     */
    KILLED_BY_ERROR,
    /** Every test passed on it: a gap in the tests, or an equivalent mutant. */
    SURVIVED,
    /** The linter or the DRL compiler refused it; it is left out of the score. */
    NOT_COMPILING
}
