package org.safemobility.eligibility.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;

/**
 * The statuses of one screening without its explanations: what a batch that re-screens a registry
 * keeps for each applicant. It holds exactly what the applicant's {@link EligibilityReport} states
 * about the applicant (its {@link EligibilityReport#summary() summary} equals this), but no
 * criteria, reasons or citations, and it speaks no language.
 *
 * <p>{@link org.safemobility.eligibility.EligibilityEngine#summarizeEach} gives summaries without
 * building the reports, at a fraction of their cost; {@link EligibilityReport#summary()} gives the
 * summary of a report already built.
 *
 * @param applicantId    the applicant's id
 * @param evaluationDate the date every criterion was tested against (policy section 1)
 * @param rulesetVersion name and content hash of the rule set that decided
 * @param access         the status of program access at the office
 * @param pathways       the status of each of the six pathways, in {@link Pathway} order
 * @param missingFields  the field paths of the report's missing information: unanswered questions
 *                       that could change a status, sorted; empty when none
 */
public record ScreeningSummary(
        String applicantId,
        LocalDate evaluationDate,
        String rulesetVersion,
        Status access,
        Map<Pathway, Status> pathways,
        List<String> missingFields) {

    /**
     * A summary; the map and the list are copied.
     *
     * @param applicantId    the applicant's id
     * @param evaluationDate the date every criterion was tested against
     * @param rulesetVersion name and content hash of the rule set that decided
     * @param access         the status of program access
     * @param pathways       a status for every one of the six pathways
     * @param missingFields  the field paths of the missing information, sorted
     * @throws NullPointerException     if any part is {@code null}
     * @throws IllegalArgumentException if a pathway has no status
     */
    public ScreeningSummary {
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(access, "access");
        EnumMap<Pathway, Status> copy = new EnumMap<>(Pathway.class);
        copy.putAll(pathways);
        if (copy.size() != Pathway.values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException("a summary needs the status of all six pathways");
        }
        pathways = Collections.unmodifiableMap(copy);
        missingFields = List.copyOf(missingFields);
    }

    /**
     * The status of one pathway.
     *
     * @param pathway which pathway
     * @return its status
     */
    public Status status(Pathway pathway) {
        return pathways.get(pathway);
    }

    /**
     * Redacted: the applicant id and the evaluation date are personal data; statuses are shown.
     */
    @Override
    public String toString() {
        return "ScreeningSummary[rulesetVersion=" + rulesetVersion + ", access=" + access + ", pathways=" + pathways
                + ", missingFields=" + missingFields + ", applicant redacted]";
    }
}
