package org.safemobility.eligibility.authoring.diff;

import java.util.List;
import java.util.Objects;

/**
 * One data row of a rule set's CSV table, as an editor shows it.
 *
 * @param file   the table's path in the rules folder, for example {@code reference/offices.csv}
 * @param line   the line the row starts on, the header being line 1
 * @param header the table's column names, in order
 * @param values the row's values in column order, unquoted; a row may have fewer or more values
 *               than the header has columns (the linter reports that; the diff still compares it)
 */
public record TableRow(String file, int line, List<String> header, List<String> values) {

    /**
     * Checks that the row is a data row (after the header) and copies the lists.
     *
     * @param file the table's path in the rules folder, for example {@code reference/offices.csv}
     * @param line the line the row starts on, the header being line 1
     * @param header the table's column names, in order
     * @param values the row's values in column order, unquoted; a row may have fewer or more values than the
     *               header has columns (the linter reports that; the diff still compares it)
     * @throws IllegalArgumentException when the line is before 2
     */
    public TableRow {
        Objects.requireNonNull(file, "file");
        if (line < 2) {
            throw new IllegalArgumentException("a data row starts on line 2 or later, got " + line);
        }
        header = List.copyOf(header);
        values = List.copyOf(values);
    }

    /**
     * The value of the column at {@code index}, or {@code ""} when the row has fewer values.
     *
     * @param index the 0-based column index in the header
     * @return the unquoted value, or {@code ""} past the end of the row
     */
    public String value(int index) {
        return index < values.size() ? values.get(index) : "";
    }

    /**
     * The row as CSV text, values quoted where they need it: how it reads in the file.
     *
     * @return the row as a CSV line, without line end
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        return out.toString();
    }
}
