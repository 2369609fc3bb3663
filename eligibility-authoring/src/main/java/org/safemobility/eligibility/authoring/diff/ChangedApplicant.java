package org.safemobility.eligibility.authoring.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.model.Applicant;

/**
 * One applicant the new rules screen differently from the old ones: its inputs, the scopes whose
 * status changed and the criteria whose outcome changed, in report order (access first, then the
 * pathways; within a scope, criteria in report order, then those only the new report shows).
 *
 * @param applicantId      the applicant's id, as in its reports
 * @param applicant        the applicant as screened, or {@code null} when only the reports were compared
 * @param evaluationDate   the date both rule sets screened it on, or {@code null} with no applicant
 * @param statusChanges    the scopes whose status changed; may be empty when only an outcome
 *                         changed and the statuses stayed
 * @param criterionChanges the criteria whose outcome changed, or that only one report shows (a
 *                         status changes only through them, so every status change has some)
 */
public record ChangedApplicant(String applicantId, Applicant applicant, LocalDate evaluationDate,
                               List<StatusChange> statusChanges, List<CriterionChange> criterionChanges) {

    /**
     * Checks the id and copies the lists.
     *
     * @param applicantId the applicant's id, as in its reports
     * @param applicant the applicant as screened, or {@code null} when only the reports were compared
     * @param evaluationDate the date both rule sets screened it on, or {@code null} with no applicant
     * @param statusChanges the scopes whose status changed; may be empty when only an outcome changed and the
     *                      statuses stayed
     * @param criterionChanges the criteria whose outcome changed, or that only one report shows (a status
     *                         changes only through them, so every status change has some)
     */
    public ChangedApplicant {
        Objects.requireNonNull(applicantId, "applicantId");
        statusChanges = List.copyOf(statusChanges);
        criterionChanges = List.copyOf(criterionChanges);
    }

    /**
     * A change found from two reports alone, without the applicant's inputs.
     *
     * @param applicantId the applicant's id, as in its reports
     * @param statusChanges the scopes whose status changed
     * @param criterionChanges the criteria whose outcome changed, or that only one report shows
     */
    public ChangedApplicant(String applicantId, List<StatusChange> statusChanges, List<CriterionChange> criterionChanges) {
        this(applicantId, null, null, statusChanges, criterionChanges);
    }

    /**
     * The same change with the applicant's inputs and evaluation date.
     *
     * @param inputs the applicant as screened
     * @param date the date both rule sets screened it on
     * @return a copy of this change carrying the inputs and date
     */
    public ChangedApplicant withInputs(Applicant inputs, LocalDate date) {
        return new ChangedApplicant(applicantId, inputs, date, statusChanges, criterionChanges);
    }

    /**
     * How severe the change is: {@link Severity#LOSES_ELIGIBLE} when some scope was
     * {@code ELIGIBLE} and is not, {@link Severity#WORSENS} when some status worsens otherwise,
     * {@link Severity#IMPROVES} when statuses change only for the better, and
     * {@link Severity#CRITERIA_ONLY} when no status changes.
     *
     * @return the severity, by the worst status change
     */
    public Severity severity() {
        if (statusChanges.stream().anyMatch(s -> s.oldStatus() == Status.ELIGIBLE)) {
            return Severity.LOSES_ELIGIBLE;
        }
        if (statusChanges.stream().anyMatch(StatusChange::worsens)) {
            return Severity.WORSENS;
        }
        return statusChanges.isEmpty() ? Severity.CRITERIA_ONLY : Severity.IMPROVES;
    }

    /**
     * Whether some pathway's status improves (access is no pathway): see {@link ImpactReport#gained()}.
     *
     * @return true when some pathway status improves
     */
    public boolean gainsPathway() {
        return statusChanges.stream().anyMatch(s -> isPathway(s.scope()) && s.improves());
    }

    /**
     * Whether some pathway's status worsens (access is no pathway): see {@link ImpactReport#lost()}.
     *
     * @return true when some pathway status worsens
     */
    public boolean losesPathway() {
        return statusChanges.stream().anyMatch(s -> isPathway(s.scope()) && s.worsens());
    }

    private static boolean isPathway(String scope) {
        return !ImpactReport.ACCESS.equals(scope);
    }

    /** Redacted: the applicant id and answers are personal data; the changes are summarised. */
    @Override
    public String toString() {
        return "ChangedApplicant[" + statusChanges.size() + " status changes, " + criterionChanges.size()
                + " criterion changes, applicant redacted]";
    }
}
