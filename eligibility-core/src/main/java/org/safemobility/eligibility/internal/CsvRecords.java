package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one CSV reader of the project: the engine's reference tables ({@link ReferenceTables}), the
 * linter and the impact diff all read through it (comma separated, double quotes, a doubled quote
 * inside quotes, CR, LF or CRLF, a leading byte-order mark ignored), keeping the line each record
 * starts on as an editor numbers it. It never fails: the first defect (a quote never closed, text
 * after a closing quote) is reported beside the records, read as far as they go, so the engine and
 * the linter can refuse the table at its line and the impact diff can still name its rows. Public
 * only because the authoring module reads tables too: not an API.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvRecords {

    /** One record: the line it starts on and its values, a blank line being one empty value. */
    public record Record(int line, List<String> fields) {

        /** A blank line: the engine reads it as a row without values. */
        public boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** What makes the text no well-formed CSV, at its line. */
    public record Defect(int line, String message) {
    }

    /** The records in order, and the first defect, or {@code null} when there is none. */
    public record Result(List<Record> records, Defect defect) {
    }

    private CsvRecords() {
    }

    /**
     * One value written as a CSV cell (RFC 4180 quoting); a value a spreadsheet would run as a
     * formula ({@code = + - @} first) gets a leading quote mark. The one CSV cell writer of the
     * project: the impact table and the screening summaries both write through it.
     */
    public static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static Result read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new ArrayList<>();
        Defect defect = null;
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int quoteLine = line;
            boolean end = false;
            while (!end) {
                if (i >= n) {
                    if (quoted && defect == null) {
                        defect = new Defect(quoteLine, "a quoted value is never closed");
                    }
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
                        char next = i + 1 < n ? text.charAt(i + 1) : ',';
                        if (next != ',' && next != '\n' && next != '\r' && defect == null) {
                            defect = new Defect(line, "text after the closing quote of a value; quote the whole value");
                        }
                    } else {
                        if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                    }
                    i++;
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    quoteLine = line;
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
            records.add(new Record(start, fields));
        }
        return new Result(records, defect);
    }
}
