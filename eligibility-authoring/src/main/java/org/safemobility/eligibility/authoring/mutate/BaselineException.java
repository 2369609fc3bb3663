package org.safemobility.eligibility.authoring.mutate;

/**
 * The unmutated rules do not build, or the tests do not pass on them: a mutation score would mean
 * nothing, so no mutant is run.
 */
public final class BaselineException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
