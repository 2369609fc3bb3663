package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.util.List;
import org.safemobility.eligibility.authoring.diff.CriterionMove;
import org.safemobility.eligibility.authoring.diff.GroupImpact;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import org.safemobility.eligibility.authoring.diff.RowChange;
import org.safemobility.eligibility.authoring.diff.ScopeImpact;
import org.safemobility.eligibility.authoring.diff.Transition;
import org.safemobility.eligibility.internal.CsvRecords;

/**
 * Writes an {@link ImpactReport} as one CSV table for spreadsheets ({@code diff --format csv}):
 * every count on a row of its own, so a pivot table by {@code section} and {@code scope} gives
 * the totals, moves and breakdowns. Columns: {@code section,scope,item,old,new,count}.
 *
 * <ul>
 *   <li>{@code summary}: item {@code compared}, {@code changed}, {@code invalid}, {@code failed},
 *       {@code gained}, {@code lost}, {@code rowsChanged}, {@code rowsReached}; count is the number;</li>
 *   <li>{@code transition}: per scope, all nine (old status, new status) pairs, unchanged included;
 *       summing count by old gives the totals before, by new the totals after;</li>
 *   <li>{@code criterion}: per scope, item the criterion ID, old and new outcome ({@code absent}
 *       when a report lacks it), count the applicants;</li>
 *   <li>{@code office}, {@code nationality}: per group (item) and scope, the status moves that
 *       happened (old != new), count the applicants; and one row per group with scope empty, old
 *       and new {@code changed}, count the group's changed applicants;</li>
 *   <li>{@code row}: a changed table row: item {@code file:oldLine:newLine} (0 for a side that
 *       lacks it), old and new the row's text, count the applicants that reach it.</li>
 * </ul>
 */
final class ImpactCsv {

    static final String HEADER = "section,scope,item,old,new,count";

    private ImpactCsv() {
    }

    static void write(PrintWriter out, ImpactReport impact) {
        out.print(HEADER + "\r\n");
        summary(out, "compared", impact.compared());
        summary(out, "changed", impact.changed());
        summary(out, "invalid", impact.invalid());
        summary(out, "failed", impact.failed());
        summary(out, "gained", impact.gained());
        summary(out, "lost", impact.lost());
        summary(out, "rowsChanged", impact.rowChanges().size());
        summary(out, "rowsReached", impact.rowsReached());
        for (ScopeImpact scope : impact.scopes()) {
            for (Transition t : scope.transitions()) {
                row(out, "transition", scope.scope(), "", t.from().name(), t.to().name(), t.count());
            }
        }
        for (CriterionMove m : impact.criterionMoves()) {
            row(out, "criterion", m.scope(), m.criterion(), ImpactOutput.outcome(m.from()),
                    ImpactOutput.outcome(m.to()), m.applicants());
        }
        groups(out, "office", impact.offices());
        groups(out, "nationality", impact.nationalities());
        for (RowChange r : impact.rowChanges()) {
            row(out, "row", "", r.file() + ":" + r.oldLine() + ":" + r.newLine(),
                    r.oldRow() == null ? "" : r.oldRow().text(), r.newRow() == null ? "" : r.newRow().text(), r.reached());
        }
        out.flush();
    }

    private static void groups(PrintWriter out, String section, List<GroupImpact> groups) {
        for (GroupImpact g : groups) {
            row(out, section, "", g.group(), "changed", "changed", g.changed());
            for (ScopeImpact s : g.scopes()) {
                for (Transition t : s.moves()) {
                    row(out, section, s.scope(), g.group(), t.from().name(), t.to().name(), t.count());
                }
            }
        }
    }

    private static void summary(PrintWriter out, String item, long count) {
        row(out, "summary", "", item, "", "", count);
    }

    private static void row(PrintWriter out, String section, String scope, String item, String old, String now,
                            long count) {
        out.print(String.join(",", section, cell(scope), cell(item), cell(old), cell(now), Long.toString(count)) + "\r\n");
    }

    /** RFC 4180 quoting; a value a spreadsheet would run as a formula is prefixed with a quote mark. */
    static String cell(String value) {
        return CsvRecords.cell(value);
    }
}
