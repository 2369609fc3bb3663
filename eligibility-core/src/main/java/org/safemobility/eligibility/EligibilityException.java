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

    protected EligibilityException(String message) {
        super(message);
    }

    protected EligibilityException(String message, Throwable cause) {
        super(message, cause);
    }
}
