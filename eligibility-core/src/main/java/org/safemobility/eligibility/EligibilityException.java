package org.safemobility.eligibility;

/**
 * Root of the library's exceptions. Unchecked. Messages never contain applicant data.
 *
 * @see InvalidApplicantException
 * @see RuleSetException
 * @see EvaluationException
 */
public class EligibilityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message that holds no applicant data.
     *
     * @param message what went wrong
     */
    protected EligibilityException(String message) {
        super(message);
    }

    /**
     * An exception with a message that holds no applicant data, and its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    protected EligibilityException(String message, Throwable cause) {
        super(message, cause);
    }
}
