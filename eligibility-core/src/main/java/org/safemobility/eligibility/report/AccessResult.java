package org.safemobility.eligibility.report;

import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Status;

/**
 * Program access at the office: the gate every pathway passes through (criterion SMO-ACCESS).
 *
 * @param status   the Kleene AND of the access criteria
 * @param criteria the office's access criteria in policy order
 */
public record AccessResult(Status status, List<CriterionResult> criteria) {

    /**
     * Program access; the criteria are copied.
     *
     * @param status   the Kleene AND of the access criteria
     * @param criteria the office's access criteria in policy order
     * @throws NullPointerException if the status or the criteria are {@code null}
     */
    public AccessResult {
        Objects.requireNonNull(status, "status");
        criteria = List.copyOf(criteria);
    }
}
