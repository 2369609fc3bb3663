package org.safemobility.eligibility;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An applicant, or the JSON it came from, breaks the contract. Lists every violation found,
 * by field path and code; neither the message nor the violations contain applicant values.
 */
public final class InvalidApplicantException extends EligibilityException {
    private static final long serialVersionUID = 1L;

    /** @serial the applicant's id, or {@code null} */
    private final String applicantId;
    /** @serial every violation found, in document order */
    private final List<Violation> violations;

    /**
     * An invalid applicant and every violation found.
     *
     * @param applicantId the applicant's id when it was readable and valid, else {@code null}
     * @param violations  at least one violation
     */
    public InvalidApplicantException(String applicantId, List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid applicant needs at least one violation");
        }
        this.applicantId = applicantId;
        this.violations = List.copyOf(violations);
    }

    /**
     * The applicant's id.
     *
     * @return the id when the input had a valid one, else {@code null}
     */
    public String applicantId() {
        return applicantId;
    }

    /**
     * Every violation found.
     *
     * @return the violations, in document order; never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return "invalid applicant: " + violations.stream()
                .map(v -> (v.field().isEmpty() ? "(document)" : v.field()) + " " + v.code())
                .collect(Collectors.joining(", "));
    }
}
