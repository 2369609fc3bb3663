package org.safemobility.eligibility.authoring.mutate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The table operators, on a reference table ({@code reference/*.csv}): drop one data row; move one
 * date cell a day earlier or later; one whole-number cell plus or minus one. The header row is
 * never changed. Cells are found as the engine's CSV reader finds them (commas, double quotes, a
 * doubled quote inside quotes); a quoted cell is never a date or a number here.
 */
final class TableMutations {

    private TableMutations() {
    }

    /** Every change the table operators can make to {@code text}, in the order of the text. */
    static List<Change> of(String text) {
        List<Change> out = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        boolean header = true;
        while (pos < text.length()) {
            int rowStart = pos;
            List<int[]> cells = new ArrayList<>();
            int cellStart = pos;
            boolean quoted = false;
            int rowEnd = -1;
            while (pos < text.length() && rowEnd < 0) {
                char c = text.charAt(pos);
                if (quoted) {
                    if (c == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        pos += 2;
                    } else {
                        quoted = c != '"';
                        pos++;
                    }
                } else if (c == '"') {
                    quoted = true;
                    pos++;
                } else if (c == ',') {
                    cells.add(new int[] {cellStart, pos});
                    cellStart = ++pos;
                } else if (c == '\n' || c == '\r') {
                    rowEnd = pos;
                    pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
                } else {
                    pos++;
                }
            }
            if (rowEnd < 0) {
                rowEnd = pos;
            }
            cells.add(new int[] {cellStart, rowEnd});
            boolean blank = text.substring(rowStart, rowEnd).replace(",", "").isBlank();
            if (header) {
                header = false;
            } else if (!blank) {
                out.add(new Change(MutationOperator.TABLE_DROP_ROW, rowStart, text.substring(rowStart, pos), ""));
                for (int[] cell : cells) {
                    cell(text, cell[0], cell[1], out);
                }
            }
        }
        return out;
    }

    private static void cell(String text, int from, int to, List<Change> out) {
        String raw = text.substring(from, to);
        String value = raw.strip();
        int at = from + raw.indexOf(value);
        if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                LocalDate date = LocalDate.parse(value);
                out.add(new Change(MutationOperator.TABLE_DATE_SHIFT, at, value, date.minusDays(1).toString()));
                out.add(new Change(MutationOperator.TABLE_DATE_SHIFT, at, value, date.plusDays(1).toString()));
            } catch (DateTimeParseException e) {
                // not a date the tables could hold: the linter reports it; nothing to shift
            }
        } else if (value.matches("-?[0-9]{1,9}")) {
            int n = Integer.parseInt(value);
            out.add(new Change(MutationOperator.TABLE_NUMBER, at, value, Integer.toString(n + 1)));
            out.add(new Change(MutationOperator.TABLE_NUMBER, at, value, Integer.toString(n - 1)));
        }
    }
}
