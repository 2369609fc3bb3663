package org.safemobility.eligibility.authoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A date written in a cell of a rule set's reference table: a boundary of the policy, where a
 * rule's answer may change from one day to the next, and so a place scenarios should test on both
 * sides. Found by {@link RuleLinter#tableDates}.
 *
 * <p>A date in a column that starts something ({@code from}, {@code opens}, or a name starting with
 * {@code from}, {@code opens} or {@code start}) is the first day in force: the answer changes
 * between the day before and the date. A date in any other column ({@code to}, {@code lastDay},
 * {@code arrivalCutoff}, a {@code value}) is read as a last day or a cutoff, "on or before": the
 * answer changes between the date and the day after.
 *
 * @param file   the table, relative to the rules folder ({@code reference/offices.csv})
 * @param line   the line of the row, as an editor numbers it (the header is line 1)
 * @param column the column's name in the header
 * @param date   the date
 */
public record TableDate(String file, int line, String column, LocalDate date) {

    private static final Set<String> STARTS = Set.of("from", "opens", "start");

    /**
     * Checks that the date names its table, column and date, on a line after the header.
     *
     * @param file   the table, relative to the rules folder
     * @param line   the line of the row (the header is line 1)
     * @param column the column's name in the header
     * @param date   the date
     * @throws IllegalArgumentException when the line is below 1
     */
    public TableDate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(date, "date");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more");
        }
    }

    /**
     * Whether the date is a first day in force (the change is between the day before and it),
     * judged by the column's name.
     *
     * @return true for a start column, false for a last day or cutoff
     */
    public boolean starts() {
        for (String s : STARTS) {
            if (column.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last day of the old answer: the day before a start, the date itself for an end or cutoff.
     * A scenario on this day and one on the day after test both sides of the boundary.
     *
     * @return the last day on which the answer before the boundary holds
     */
    public LocalDate lastDayBefore() {
        return starts() ? date.minusDays(1) : date;
    }

    /** {@code file:line: column date}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + column + " " + date;
    }
}
