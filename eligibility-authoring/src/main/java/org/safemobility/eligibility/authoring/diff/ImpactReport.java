package org.safemobility.eligibility.authoring.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Pathway;

/**
 * What changing the rules does to a population. Made by {@link ImpactDiff}; immutable.
 *
 * <ul>
 *   <li>per scope (program access, then each pathway in report order), how many applicants moved
 *       between each pair of statuses, from which the totals before and after follow
 *       ({@link ScopeImpact#before}, {@link ScopeImpact#after});</li>
 *   <li>per criterion, how many applicants' outcome moved, with or without a status move;</li>
 *   <li>the same status moves broken down by office and by nationality;</li>
 *   <li>how many applicants gain, and how many lose, at least one pathway;</li>
 *   <li>the table rows the edit changed, each with how many applicants reach it;</li>
 *   <li>the most severe changed applicants, with their inputs.</li>
 * </ul>
 *
 * <p>An applicant counts as <em>changed</em> when any status differs, or any criterion's outcome
 * (see {@link CriterionChange} for how criteria are matched). A reason that is worded differently
 * with the same outcome is not a change. An applicant <em>gains</em> a pathway when some pathway's
 * status improves ({@code NOT_ELIGIBLE -> POSSIBLY_ELIGIBLE}, {@code NOT_ELIGIBLE -> ELIGIBLE},
 * {@code POSSIBLY_ELIGIBLE -> ELIGIBLE}) and <em>loses</em> one when some pathway's status worsens
 * (the reverse moves); program access is no pathway, and its moves show in the pathways through
 * {@code SMO-ACCESS}. One applicant can gain one pathway and lose another, and counts in both.
 *
 * @param oldRulesetVersion the old engine's {@code rulesetVersion()}
 * @param newRulesetVersion the new engine's {@code rulesetVersion()}
 * @param asOf              the as-of date both engines used for applicants without an
 *                          {@code applicationDate}
 * @param compared          applicants screened under both rule sets; every scope's transitions add
 *                          up to this
 * @param changed           applicants screened differently
 * @param invalid           applicants skipped, not compared, because they break the applicant
 *                          contract (or could not be read at all)
 * @param failed            valid applicants not compared because either rule set failed on them
 * @param failures          the distinct messages of those failures, at most
 *                          {@value ImpactDiff#MAX_FAILURE_MESSAGES}; they name a rule and a
 *                          criterion, never applicant data
 * @param scopes            {@value #ACCESS}, then the six pathways in {@link Pathway} order
 * @param criterionMoves    every criterion outcome move that happened, by scope in report order,
 *                          then criterion ID, then old and new outcome (absent last)
 * @param offices           the impact per office, in office code order
 * @param nationalities     the impact per nationality, in code order, {@value GroupImpact#STATELESS} last
 * @param gained            applicants who gain at least one pathway
 * @param lost              applicants who lose at least one pathway
 * @param rowChanges        the table rows the edit added, removed or changed, each with the
 *                          applicants that reach it; empty when the tables were not compared
 *                          ({@link ImpactDiff.Builder#tables})
 * @param examples          the most severe changed applicants, at most as many as
 *                          {@link ImpactDiff.Builder#examples(int)} allows: by {@link Severity}, then
 *                          in input order
 */
public record ImpactReport(String oldRulesetVersion, String newRulesetVersion, LocalDate asOf, long compared,
                           long changed, long invalid, long failed, List<String> failures, List<ScopeImpact> scopes,
                           List<CriterionMove> criterionMoves, List<GroupImpact> offices,
                           List<GroupImpact> nationalities, long gained, long lost, List<RowChange> rowChanges,
                           List<ChangedApplicant> examples) {

    /** The name of the program-access scope, as in a report's missing information. */
    public static final String ACCESS = "ACCESS";

    /**
     * Checks that the versions and date are present and the counts agree with one another, and copies
     * the lists.
     *
     * @param oldRulesetVersion the old engine's {@code rulesetVersion()}
     * @param newRulesetVersion the new engine's {@code rulesetVersion()}
     * @param asOf the as-of date both engines used for applicants without an {@code applicationDate}
     * @param compared applicants screened under both rule sets; every scope's transitions add up to this
     * @param changed applicants screened differently
     * @param invalid applicants skipped, not compared, because they break the applicant contract (or could
     *                not be read at all)
     * @param failed valid applicants not compared because either rule set failed on them
     * @param failures the distinct messages of those failures, at most {@value
     *                 ImpactDiff#MAX_FAILURE_MESSAGES}; they name a rule and a criterion, never applicant
     *                 data
     * @param scopes {@value #ACCESS}, then the six pathways in {@link Pathway} order
     * @param criterionMoves every criterion outcome move that happened, by scope in report order, then
     *                       criterion ID, then old and new outcome (absent last)
     * @param offices the impact per office, in office code order
     * @param nationalities the impact per nationality, in code order, {@value GroupImpact#STATELESS} last
     * @param gained applicants who gain at least one pathway
     * @param lost applicants who lose at least one pathway
     * @param rowChanges the table rows the edit added, removed or changed, each with the applicants that
     *                   reach it; empty when the tables were not compared ({@link ImpactDiff.Builder#tables})
     * @param examples the most severe changed applicants, at most as many as {@link
     *                 ImpactDiff.Builder#examples(int)} allows: by {@link Severity}, then in input order
     * @throws IllegalArgumentException when a count is negative, more applicants changed, gained, lost or are
     *                                  shown than were compared or changed
     */
    public ImpactReport {
        Objects.requireNonNull(oldRulesetVersion, "oldRulesetVersion");
        Objects.requireNonNull(newRulesetVersion, "newRulesetVersion");
        Objects.requireNonNull(asOf, "asOf");
        if (compared < 0 || changed < 0 || invalid < 0 || failed < 0 || changed > compared) {
            throw new IllegalArgumentException("counts must be 0 or more, and changed at most compared");
        }
        if (gained < 0 || lost < 0 || gained > changed || lost > changed) {
            throw new IllegalArgumentException("gained and lost must be from 0 to changed");
        }
        failures = List.copyOf(failures);
        scopes = List.copyOf(scopes);
        criterionMoves = List.copyOf(criterionMoves);
        offices = List.copyOf(offices);
        nationalities = List.copyOf(nationalities);
        rowChanges = List.copyOf(rowChanges);
        examples = List.copyOf(examples);
        if (examples.size() > changed) {
            throw new IllegalArgumentException("more examples than changed applicants");
        }
    }

    /**
     * Program access.
     *
     * @return the status transitions of program access
     */
    public ScopeImpact access() {
        return scope(ACCESS);
    }

    /**
     * One pathway.
     *
     * @param pathway the pathway
     * @return the status transitions of that pathway
     */
    public ScopeImpact pathway(Pathway pathway) {
        return scope(pathway.name());
    }

    /**
     * One scope by name.
     *
     * @param name {@value #ACCESS} or a {@link Pathway} name
     * @return the status transitions of that scope
     * @throws IllegalArgumentException when there is no such scope
     */
    public ScopeImpact scope(String name) {
        return scopes.stream().filter(s -> s.scope().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such scope: " + name));
    }

    /**
     * Whether the new rules screen any applicant differently.
     *
     * @return true when at least one compared applicant changed
     */
    public boolean anyChanged() {
        return changed > 0;
    }

    /**
     * How many of the changed table rows at least one applicant reaches.
     *
     * @return the changed rows with at least one applicant reaching them
     */
    public long rowsReached() {
        return rowChanges.stream().filter(r -> r.reached() > 0).count();
    }

    /**
     * Whether table rows changed but no applicant of the population reaches any of them: the
     * population cannot show the edit's impact, whatever the counts say. A tool reading this report
     * should say so prominently.
     *
     * @return true when rows changed and none is reached
     */
    public boolean populationMissesChangedRows() {
        return !rowChanges.isEmpty() && rowsReached() == 0;
    }
}
