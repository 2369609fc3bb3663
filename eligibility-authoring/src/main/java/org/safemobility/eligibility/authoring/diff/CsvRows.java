package org.safemobility.eligibility.authoring.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table's text into rows with the line each starts on. Lenient on purpose: the diff must
 * still name the rows of a table the linter would refuse (a row one value short), so it never
 * fails; an unclosed quote runs to the end of the file. Same dialect as the engine's loader: comma
 * separated, double quotes, a doubled quote inside quotes, CR, LF or CRLF, a leading byte-order
 * mark ignored; blank lines are skipped here (they are no row an analyst means).
 */
final class CsvRows {

    /** A parsed table: the header and the data rows. */
    record Table(List<String> header, List<TableRow> rows) {
    }

    private CsvRows() {
    }

    static Table read(String file, String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean end = false;
            while (!end) {
                if (i >= n) {
                    fields.add(field.toString());
                    end = true;
                    continue;
                }
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                    i++;
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    i++;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\n' || c == '\r') {
                    fields.add(field.toString());
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    end = true;
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                records.add(fields);
                lines.add(start);
            }
        }
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.get(0);
        List<TableRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            rows.add(new TableRow(file, Math.max(2, lines.get(r)), header, records.get(r)));
        }
        return new Table(header, rows);
    }
}
