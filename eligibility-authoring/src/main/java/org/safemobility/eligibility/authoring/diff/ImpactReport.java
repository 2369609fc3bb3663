package org.safemobility.eligibility.authoring.diff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Pathway;

/**
 * What changing the rules does to a population: per scope (program access, then each pathway in
 * report order) how many applicants moved between each pair of statuses, how many changed at all,
 * and the first few changed applicants with the criteria behind each change. Made by
 * {@link ImpactDiff}; immutable.
 *
 * <p>An applicant counts as <em>changed</em> when any status differs, or any criterion's outcome
 * (see {@link CriterionChange} for how criteria are matched). A reason that is worded differently
 * with the same outcome is not a change.
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
 * @param examples          the first changed applicants, in input order, at most as many as
 *                          {@link ImpactDiff.Builder#examples(int)} allows
 */
public record ImpactReport(String oldRulesetVersion, String newRulesetVersion, LocalDate asOf, long compared,
                           long changed, long invalid, long failed, List<String> failures, List<ScopeImpact> scopes,
                           List<ChangedApplicant> examples) {

    /** The name of the program-access scope, as in a report's missing information. */
    public static final String ACCESS = "ACCESS";

    public ImpactReport {
        Objects.requireNonNull(oldRulesetVersion, "oldRulesetVersion");
        Objects.requireNonNull(newRulesetVersion, "newRulesetVersion");
        Objects.requireNonNull(asOf, "asOf");
        if (compared < 0 || changed < 0 || invalid < 0 || failed < 0 || changed > compared) {
            throw new IllegalArgumentException("counts must be 0 or more, and changed at most compared");
        }
        failures = List.copyOf(failures);
        scopes = List.copyOf(scopes);
        examples = List.copyOf(examples);
        if (examples.size() > changed) {
            throw new IllegalArgumentException("more examples than changed applicants");
        }
    }

    /** Program access. */
    public ScopeImpact access() {
        return scope(ACCESS);
    }

    /** One pathway. */
    public ScopeImpact pathway(Pathway pathway) {
        return scope(pathway.name());
    }

    /**
     * One scope by name.
     *
     * @throws IllegalArgumentException when there is no such scope
     */
    public ScopeImpact scope(String name) {
        return scopes.stream().filter(s -> s.scope().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such scope: " + name));
    }

    /** Whether the new rules screen any applicant differently. */
    public boolean anyChanged() {
        return changed > 0;
    }
}
