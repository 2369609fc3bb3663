package org.safemobility.eligibility.report;

import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;

/**
 * The screening for one pathway.
 *
 * @param pathway  which pathway
 * @param status   ELIGIBLE when every criterion is met, NOT_ELIGIBLE when any is not, else
 *                 POSSIBLY_ELIGIBLE
 * @param criteria every criterion in policy order; for petitions and job offers, those of the best
 *                 one
 * @param notes    remarks that are not criteria (may be empty)
 */
public record PathwayResult(Pathway pathway, Status status, List<CriterionResult> criteria, List<String> notes) {

    /**
     * The screening for one pathway; the lists are copied.
     *
     * @param pathway  which pathway
     * @param status   ELIGIBLE when every criterion is met, NOT_ELIGIBLE when any is not, else
     *                 POSSIBLY_ELIGIBLE
     * @param criteria every criterion in policy order; for petitions and job offers, those of the
     *                 best one
     * @param notes    remarks that are not criteria (may be empty)
     * @throws NullPointerException if any part is {@code null}
     */
    public PathwayResult {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(status, "status");
        criteria = List.copyOf(criteria);
        notes = List.copyOf(notes);
    }

    /**
     * The result of one criterion of this pathway.
     *
     * @param id the criterion's id, for example {@code REF-NEXUS}
     * @return its result, or empty if the pathway has no such criterion
     */
    public java.util.Optional<CriterionResult> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
