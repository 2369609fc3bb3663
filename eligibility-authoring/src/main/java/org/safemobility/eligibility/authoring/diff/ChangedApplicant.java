package org.safemobility.eligibility.authoring.diff;

import java.util.List;
import java.util.Objects;

/**
 * One applicant the new rules screen differently from the old ones: the scopes whose status
 * changed and the criteria whose outcome changed, in report order (access first, then the
 * pathways; within a scope, criteria in report order, then those only the new report shows).
 *
 * @param applicantId      the applicant's id, as in its reports
 * @param statusChanges    the scopes whose status changed; may be empty when only an outcome
 *                         changed and the statuses stayed
 * @param criterionChanges the criteria whose outcome changed, or that only one report shows (a
 *                         status changes only through them, so every status change has some)
 */
public record ChangedApplicant(String applicantId, List<StatusChange> statusChanges,
                               List<CriterionChange> criterionChanges) {

    public ChangedApplicant {
        Objects.requireNonNull(applicantId, "applicantId");
        statusChanges = List.copyOf(statusChanges);
        criterionChanges = List.copyOf(criterionChanges);
    }

    /** Redacted: the applicant id is personal data; the changes are summarised. */
    @Override
    public String toString() {
        return "ChangedApplicant[" + statusChanges.size() + " status changes, " + criterionChanges.size()
                + " criterion changes, applicant redacted]";
    }
}
