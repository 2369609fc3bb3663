package org.safemobility.eligibility.authoring.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * What a scenario expects of its report: the {@code expect} object of a scenario file. Only what
 * is named is checked; a pathway or criterion left out may come out any way. Immutable; the maps
 * keep the order of the file.
 *
 * <p>A criterion is looked up wherever the report has it: the access criteria ({@code ACC-*}) in
 * the access result, {@code SMO-ACCESS} in all six pathways, the others in their own pathway (for
 * petition and job-offer criteria: the petition or offer the report shows). Every place must match.
 *
 * @param access             the access status, or {@code null} when not checked
 * @param pathways           the statuses of the named pathways
 * @param criteria           the outcome of each named criterion, by criterion ID
 * @param missing            for the named criteria, the exact sorted list of missing field paths
 * @param missingInformation the exact list of the report's missing information, sorted by field,
 *                           or {@code null} when not checked
 */
public record Expectations(
        Status access,
        Map<Pathway, Status> pathways,
        Map<String, Outcome> criteria,
        Map<String, List<String>> missing,
        List<MissingField> missingInformation) {

    /** Expectations that check nothing. */
    public static final Expectations NONE = new Expectations(null, Map.of(), Map.of(), Map.of(), null);

    /**
     * Copies the maps and lists, keeping their order.
     *
     * @param access the access status, or {@code null} when not checked
     * @param pathways the statuses of the named pathways
     * @param criteria the outcome of each named criterion, by criterion ID
     * @param missing for the named criteria, the exact sorted list of missing field paths
     * @param missingInformation the exact list of the report's missing information, sorted by field, or
     *                           {@code null} when not checked
     */
    public Expectations {
        pathways = ordered(pathways);
        criteria = ordered(criteria);
        Map<String, List<String>> copied = new LinkedHashMap<>();
        missing.forEach((id, fields) -> copied.put(Objects.requireNonNull(id, "criterion"), List.copyOf(fields)));
        missing = Collections.unmodifiableMap(copied);
        missingInformation = missingInformation == null ? null : List.copyOf(missingInformation);
    }

    /**
     * One expected entry of the report's missing information.
     *
     * @param field    the field path
     * @param pathways {@code ACCESS} and pathway names, in report order
     */
    public record MissingField(String field, List<String> pathways) {
        /**
         * Checks that the field is present and copies the scopes.
         *
         * @param field the field path
         * @param pathways {@code ACCESS} and pathway names, in report order
         */
        public MissingField {
            Objects.requireNonNull(field, "field");
            pathways = List.copyOf(pathways);
        }

        @Override
        public String toString() {
            return field + " " + pathways;
        }
    }

    /**
     * Every way {@code report} differs from these expectations, one line each, in the order of the
     * expectations; empty when it meets them all. A criterion whose outcome differs is shown with
     * the report's reason and missing fields, to say why; a difference that several places of the
     * report share ({@code SMO-ACCESS} in six pathways) is listed once.
     *
     * @param report the report of the scenario's applicant
     * @return the differences, one line each; empty when the report meets every expectation
     */
    public List<String> differences(EligibilityReport report) {
        Objects.requireNonNull(report, "report");
        Set<String> diffs = new LinkedHashSet<>();
        if (access != null && report.access().status() != access) {
            diffs.add("access: expected " + access + " but was " + report.access().status());
        }
        pathways.forEach((pathway, status) -> {
            PathwayResult p = report.pathways().stream().filter(r -> r.pathway() == pathway).findFirst().orElse(null);
            if (p == null) {
                diffs.add("pathway " + pathway + " is not in the report");
            } else if (p.status() != status) {
                diffs.add(pathway + ": expected " + status + " but was " + p.status());
            }
        });
        criteria.forEach((id, outcome) -> {
            List<CriterionResult> found = find(report, id);
            if (found.isEmpty()) {
                diffs.add(id + ": not in the report");
            }
            for (CriterionResult c : found) {
                if (c.outcome() != outcome) {
                    diffs.add(id + ": expected " + outcome + " but was " + c.outcome()
                            + " (" + c.reason() + " " + c.missing() + ")");
                }
            }
        });
        missing.forEach((id, fields) -> {
            List<CriterionResult> found = find(report, id);
            if (found.isEmpty()) {
                diffs.add(id + " missing: not in the report");
            }
            for (CriterionResult c : found) {
                if (!c.missing().equals(fields)) {
                    diffs.add(id + " missing: expected " + fields + " but was " + c.missing());
                }
            }
        });
        if (missingInformation != null) {
            List<MissingField> actual = new ArrayList<>();
            for (MissingInformation m : report.missingInformation()) {
                actual.add(new MissingField(m.field(), m.pathways()));
            }
            if (!actual.equals(missingInformation)) {
                diffs.add("missingInformation: expected " + missingInformation + " but was " + actual);
            }
        }
        return List.copyOf(diffs);
    }

    /** The results of criterion {@code id}: the access one, or one per pathway that has it. */
    private static List<CriterionResult> find(EligibilityReport report, String id) {
        List<CriterionResult> found = new ArrayList<>();
        report.access().criteria().stream().filter(c -> c.id().equals(id)).forEach(found::add);
        for (PathwayResult p : report.pathways()) {
            p.criteria().stream().filter(c -> c.id().equals(id)).forEach(found::add);
        }
        return found;
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return Collections.unmodifiableMap(copy);
    }
}
