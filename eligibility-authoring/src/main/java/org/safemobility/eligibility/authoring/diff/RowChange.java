package org.safemobility.eligibility.authoring.diff;

import java.util.List;
import java.util.Objects;

/**
 * A row of a rule set's table that the edit added, removed or changed, and how many applicants of
 * the screened population <em>reach</em> it (see {@link RowReach} for the definition).
 *
 * <p>Rows are compared by their whole content, so a row that moved to another line is no change.
 * An old row and a new row of the same table that are not in the other rule set are paired as
 * {@link Kind#CHANGED} when they agree on at least half of the columns (the table's key columns,
 * usually: an office's window moved); otherwise the old one is {@link Kind#REMOVED} and the new
 * one {@link Kind#ADDED}.
 *
 * @param file           the table's path, for example {@code reference/served-nationalities.csv}
 * @param kind           added, removed or changed
 * @param oldRow         the row in the old rules, or {@code null} when added
 * @param newRow         the row in the new rules, or {@code null} when removed
 * @param changedColumns for a changed row, the names of the columns whose value differs; else empty
 * @param reached        applicants of the population that reach the row (the old or the new
 *                       version); 0 before any population is screened ({@link TableDiff#between})
 */
public record RowChange(String file, Kind kind, TableRow oldRow, TableRow newRow, List<String> changedColumns,
                        long reached) {

    /** What happened to the row. */
    public enum Kind {
        /** Only in the new rules. */
        ADDED,
        /** Only in the old rules. */
        REMOVED,
        /** An old row replaced by a new one that agrees with it on at least half of the columns. */
        CHANGED
    }

    /**
     * Checks that the sides agree with the kind and the count is not negative, and copies the columns.
     *
     * @param file the table's path, for example {@code reference/served-nationalities.csv}
     * @param kind added, removed or changed
     * @param oldRow the row in the old rules, or {@code null} when added
     * @param newRow the row in the new rules, or {@code null} when removed
     * @param changedColumns for a changed row, the names of the columns whose value differs; else empty
     * @param reached applicants of the population that reach the row (the old or the new version); 0 before
     *                any population is screened ({@link TableDiff#between})
     * @throws IllegalArgumentException when an added row has an old side, a removed row a new side, a changed
     *                                  row lacks a side, or {@code reached} is negative
     */
    public RowChange {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        changedColumns = List.copyOf(changedColumns);
        if ((oldRow == null) != (kind == Kind.ADDED) || (newRow == null) != (kind == Kind.REMOVED)) {
            throw new IllegalArgumentException("an added row has only a new side, a removed one only an old side");
        }
        if (reached < 0) {
            throw new IllegalArgumentException("reached must be 0 or more");
        }
    }

    /**
     * The same change with {@code count} applicants reaching it.
     *
     * @param count how many applicants of the population reach the row
     * @return a copy of this change with that count
     */
    public RowChange withReached(long count) {
        return new RowChange(file, kind, oldRow, newRow, changedColumns, count);
    }

    /**
     * The line of the row in the old table, or 0 when added.
     *
     * @return the old row's line, as an editor numbers it, or 0
     */
    public int oldLine() {
        return oldRow == null ? 0 : oldRow.line();
    }

    /**
     * The line of the row in the new table, or 0 when removed.
     *
     * @return the new row's line, as an editor numbers it, or 0
     */
    public int newLine() {
        return newRow == null ? 0 : newRow.line();
    }
}
