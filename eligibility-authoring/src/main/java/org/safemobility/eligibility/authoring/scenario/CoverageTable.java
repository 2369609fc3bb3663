package org.safemobility.eligibility.authoring.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * For each criterion of a rule set, in how many reports it came out MET, NOT_MET and UNKNOWN: the
 * criterion coverage of a set of scenarios. It counts what the reports said, not what the scenarios
 * expected. A criterion counts at most once per report and outcome, however many places of the
 * report show it ({@code SMO-ACCESS} is in all six pathways); a report whose criterion came out two
 * ways in different places counts once for each.
 *
 * <p>Every criterion of the rule set has a row, even one no report showed (an access criterion of
 * an office no scenario registers at). A criterion is <em>covered</em> when some report showed it
 * MET and some report showed it NOT_MET; the others are {@link #gaps()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * criterion                 MET  NOT_MET  UNKNOWN
 * ACC-OFFICE-OPEN             3        1        0
 * ACC-C4-RESIDENCY            2        0        0  gap
 * }</pre>
 */
public final class CoverageTable {

    private final List<String> criteria;
    private final Map<String, int[]> counts;
    private final int reports;

    private CoverageTable(List<String> criteria, Map<String, int[]> counts, int reports) {
        this.criteria = List.copyOf(criteria);
        this.counts = counts;
        this.reports = reports;
    }

    /**
     * The coverage of {@code reports}, with one row for each of {@code criterionIds} in that order,
     * and after them a row for any other criterion a report showed, in the order first seen.
     *
     * @param criterionIds the rule set's criterion IDs, in the order the rows should have
     * @param reports the reports of the scenarios
     * @return the coverage table
     */
    public static CoverageTable of(Collection<String> criterionIds, Collection<EligibilityReport> reports) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String id : criterionIds) {
            counts.putIfAbsent(Objects.requireNonNull(id, "criterion ID"), new int[Outcome.values().length]);
        }
        for (EligibilityReport report : reports) {
            Map<String, Set<Outcome>> seen = new LinkedHashMap<>();
            note(seen, report.access().criteria());
            for (PathwayResult p : report.pathways()) {
                note(seen, p.criteria());
            }
            seen.forEach((id, outcomes) -> {
                int[] c = counts.computeIfAbsent(id, k -> new int[Outcome.values().length]);
                outcomes.forEach(o -> c[o.ordinal()]++);
            });
        }
        return new CoverageTable(new ArrayList<>(counts.keySet()), counts, reports.size());
    }

    private static void note(Map<String, Set<Outcome>> seen, List<CriterionResult> results) {
        for (CriterionResult c : results) {
            seen.computeIfAbsent(c.id(), k -> EnumSet.noneOf(Outcome.class)).add(c.outcome());
        }
    }

    /**
     * The criterion IDs, one a row, in table order.
     *
     * @return the criterion IDs
     */
    public List<String> criteria() {
        return criteria;
    }

    /**
     * How many reports were counted.
     *
     * @return the number of reports
     */
    public int reports() {
        return reports;
    }

    /**
     * In how many reports criterion {@code id} came out {@code outcome}.
     *
     * @param id a criterion ID of the table
     * @param outcome the outcome
     * @return the number of reports that showed it with that outcome
     * @throws IllegalArgumentException when the table has no row for {@code id}
     */
    public int count(String id, Outcome outcome) {
        int[] c = counts.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no criterion " + id + " in the table");
        }
        return c[outcome.ordinal()];
    }

    /**
     * Whether criterion {@code id} was seen both MET and NOT_MET.
     *
     * @param id a criterion ID of the table
     * @return true when some report showed it MET and some report NOT_MET
     * @throws IllegalArgumentException when the table has no row for {@code id}
     */
    public boolean covered(String id) {
        return count(id, Outcome.MET) > 0 && count(id, Outcome.NOT_MET) > 0;
    }

    /**
     * The criteria not seen both MET and NOT_MET, in table order.
     *
     * @return the uncovered criteria; empty when every criterion is covered
     */
    public List<String> gaps() {
        return criteria.stream().filter(id -> !covered(id)).toList();
    }

    /**
     * The table as aligned text, one line each (every line ends with a newline): a header
     * {@code criterion  MET  NOT_MET  UNKNOWN}, a row per criterion with the counts right-aligned
     * under their headings and {@code gap} after a criterion not seen both MET and NOT_MET, then a
     * line saying how many gaps there are.
     *
     * @return the table as text
     */
    public String toText() {
        int idWidth = "criterion".length();
        for (String id : criteria) {
            idWidth = Math.max(idWidth, id.length());
        }
        int[] widths = new int[Outcome.values().length];
        for (Outcome o : Outcome.values()) {
            widths[o.ordinal()] = o.name().length();
            for (int[] c : counts.values()) {
                widths[o.ordinal()] = Math.max(widths[o.ordinal()], String.valueOf(c[o.ordinal()]).length());
            }
        }
        StringBuilder text = new StringBuilder(pad("criterion", idWidth, false));
        for (Outcome o : Outcome.values()) {
            text.append("  ").append(pad(o.name(), widths[o.ordinal()], true));
        }
        text.append('\n');
        for (String id : criteria) {
            text.append(pad(id, idWidth, false));
            for (Outcome o : Outcome.values()) {
                text.append("  ").append(pad(String.valueOf(count(id, o)), widths[o.ordinal()], true));
            }
            text.append(covered(id) ? "" : "  gap").append('\n');
        }
        int gaps = gaps().size();
        text.append(gaps == 0 ? "every criterion seen both MET and NOT_MET"
                : gaps + " of " + criteria.size() + (criteria.size() == 1 ? " criterion" : " criteria")
                        + " not seen both MET and NOT_MET (gap)").append('\n');
        return text.toString();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.length()));
        return right ? fill + s : s + fill;
    }

    /** The table as {@link #toText()} gives it, without its final line break. */
    @Override
    public String toString() {
        return toText().stripTrailing();
    }
}
