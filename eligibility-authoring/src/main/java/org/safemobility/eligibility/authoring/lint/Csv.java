package org.safemobility.eligibility.authoring.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.internal.CsvRecords;

/**
 * A CSV table with a header row, tokenized by {@link CsvRecords} (the engine loader's dialect, a
 * blank line read as a row), refused when it is not well-formed or a row's width differs from the
 * header's, with the line each row starts on as an editor numbers it (the header is line 1).
 */
final class Csv {

    /** One data row: its table, its first line and its values by column. */
    record Row(String file, int line, Map<String, String> values) {

        /** The value of {@code column}, stripped, or "" when it is empty or the row lacks it. */
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        boolean blank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    /** A table that was read: its header and rows. */
    record Table(String file, List<String> header, List<Row> rows) {
    }

    private Csv() {
    }

    /**
     * Reads {@code bytes} as a table, or returns {@code null} after adding an {@code unreadable}
     * problem to {@code out} when it is not one.
     */
    static Table read(String file, byte[] bytes, Collection<Problem> out) {
        CsvRecords.Result read = CsvRecords.read(new String(bytes, StandardCharsets.UTF_8));
        if (read.defect() != null) {
            out.add(new Problem(file, read.defect().line(), Codes.UNREADABLE, read.defect().message()));
            return null;
        }
        List<List<String>> records = read.records().stream().map(CsvRecords.Record::fields).toList();
        List<Integer> lines = read.records().stream().map(CsvRecords.Record::line).toList();
        if (records.isEmpty()) {
            out.add(new Problem(file, 1, Codes.UNREADABLE, "empty file; a table needs its header row"));
            return null;
        }
        List<String> header = records.get(0);
        if (!sameWidth(file, header.size(), records, lines, out)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                values.put(header.get(c), fields.get(c));
            }
            rows.add(new Row(file, lines.get(r), values));
        }
        return new Table(file, header, rows);
    }

    /**
     * True when every row has as many values as the header has columns. Otherwise reports each row
     * that has not (a blank line, reported as a row of its own, aside) and, when all those rows agree
     * with each other, the header too: then it is the header that lacks or has an extra name.
     */
    private static boolean sameWidth(String file, int width, List<List<String>> records, List<Integer> lines,
            Collection<Problem> out) {
        List<Integer> data = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> fields = records.get(r);
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                data.add(r);
            }
        }
        boolean rowsAgree = data.stream().map(r -> records.get(r).size()).distinct().count() == 1;
        int wrong = 0;
        for (int r : data) {
            int size = records.get(r).size();
            if (size != width) {
                wrong++;
                out.add(new Problem(file, lines.get(r), Codes.COLUMN_COUNT, "row has " + columns(size)
                        + ", the header has " + width
                        + (size > width && !rowsAgree ? "; quote a value that contains a comma" : "")));
            }
        }
        if (wrong > 0 && wrong == data.size() && rowsAgree) {
            int rowWidth = records.get(data.get(0)).size();
            out.add(new Problem(file, 1, Codes.COLUMN_COUNT, "header has " + columns(width) + ", every row has "
                    + rowWidth + "; " + (width < rowWidth ? "a column name is missing from the header"
                    : "the header names a column no row has")));
        }
        return wrong == 0;
    }

    private static String columns(int n) {
        return n + (n == 1 ? " column" : " columns");
    }
}
