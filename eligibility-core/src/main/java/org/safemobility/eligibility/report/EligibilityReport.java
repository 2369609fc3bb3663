package org.safemobility.eligibility.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;

/**
 * The screening of one applicant: program access, all six pathways in policy order, and the
 * answers still missing that matter. Mirrors {@code report.schema.json}; immutable.
 *
 * @param applicantId        the applicant's id
 * @param evaluationDate     the date every criterion was tested against (policy section 1)
 * @param rulesetVersion     name and content hash of the rule set that decided
 * @param language           the language of the reasons, notes and questions (an ISO 639 code:
 *                           {@code en}, {@code es}); criteria, outcomes, rules and citations are the
 *                           same in every language
 * @param access             program access at the office
 * @param pathways           the six pathways, in {@link Pathway} order
 * @param missingInformation unanswered questions that could change a status, sorted by field
 */
public record EligibilityReport(
        String applicantId,
        LocalDate evaluationDate,
        String rulesetVersion,
        String language,
        AccessResult access,
        List<PathwayResult> pathways,
        List<MissingInformation> missingInformation) {

    /**
     * A report; the lists are copied.
     *
     * @param applicantId        the applicant's id
     * @param evaluationDate     the date every criterion was tested against (policy section 1)
     * @param rulesetVersion     name and content hash of the rule set that decided
     * @param language           the language of the reasons, notes and questions (an ISO 639 code:
     *                           {@code en}, {@code es}); criteria, outcomes, rules and citations
     *                           are the same in every language
     * @param access             program access at the office
     * @param pathways           the six pathways, in {@link Pathway} order
     * @param missingInformation unanswered questions that could change a status, sorted by field
     * @throws NullPointerException if any part is {@code null}
     */
    public EligibilityReport {
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(evaluationDate, "evaluationDate");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(access, "access");
        pathways = List.copyOf(pathways);
        missingInformation = List.copyOf(missingInformation);
    }

    /**
     * The result for one pathway.
     *
     * @param pathway which pathway
     * @return its result; a report has all six
     * @throws IllegalArgumentException if the report lacks it
     */
    public PathwayResult pathway(Pathway pathway) {
        return pathways.stream().filter(p -> p.pathway() == pathway).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such pathway in report: " + pathway));
    }

    /**
     * This report without its explanations: the statuses and the field paths of the missing
     * information. {@link org.safemobility.eligibility.EligibilityEngine#summarizeEach} gives the
     * same summary without building the report.
     *
     * @return the summary of this report
     */
    public ScreeningSummary summary() {
        EnumMap<Pathway, Status> statuses = new EnumMap<>(Pathway.class);
        for (PathwayResult p : pathways) {
            statuses.put(p.pathway(), p.status());
        }
        List<String> fields = new ArrayList<>(missingInformation.size());
        for (MissingInformation m : missingInformation) {
            fields.add(m.field());
        }
        return new ScreeningSummary(applicantId, evaluationDate, rulesetVersion, access.status(), statuses, fields);
    }

    /**
     * Redacted: the applicant id and the evaluation date (the application date, when there is one)
     * are personal data; statuses are shown.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("EligibilityReport[rulesetVersion=").append(rulesetVersion)
                .append(", access=").append(access.status());
        for (PathwayResult p : pathways) {
            s.append(", ").append(p.pathway()).append('=').append(p.status());
        }
        return s.append(", applicant redacted]").toString();
    }
}
