package org.safemobility.eligibility.authoring.diff;

import java.util.Objects;
import org.safemobility.eligibility.Status;

/**
 * One applicant's status in one scope under the old and the new rules, where the two differ.
 *
 * @param scope     {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
 * @param oldStatus the status under the old rules
 * @param newStatus the status under the new rules
 */
public record StatusChange(String scope, Status oldStatus, Status newStatus) {

    /**
     * Checks that the scope and both statuses are present.
     *
     * @param scope {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
     * @param oldStatus the status under the old rules
     * @param newStatus the status under the new rules
     */
    public StatusChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(oldStatus, "oldStatus");
        Objects.requireNonNull(newStatus, "newStatus");
    }

    /**
     * Whether the new status is better: closer to {@code ELIGIBLE}.
     *
     * @return true when the status moved towards {@code ELIGIBLE}
     */
    public boolean improves() {
        return newStatus.ordinal() < oldStatus.ordinal();
    }

    /**
     * Whether the new status is worse: closer to {@code NOT_ELIGIBLE}.
     *
     * @return true when the status moved towards {@code NOT_ELIGIBLE}
     */
    public boolean worsens() {
        return newStatus.ordinal() > oldStatus.ordinal();
    }
}
