package org.safemobility.eligibility.authoring.diff;

import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.authoring.internal.CsvLines;

/**
 * Reads a table's text into rows with the line each starts on, through the engine's and the
 * linter's one CSV reader ({@link CsvLines}). Lenient on purpose: the diff must still name the rows of a table the linter
 * would refuse (a row one value short, a quote never closed), so it never fails; blank lines are
 * skipped here (they are no row an analyst means).
 */
final class CsvRows {

    /** A parsed table: the header and the data rows. */
    record Table(List<String> header, List<TableRow> rows) {
    }

    private CsvRows() {
    }

    static Table read(String file, String text) {
        // blank lines are no row an analyst means; a defect the linter would refuse is read past
        List<CsvLines.Line> records = CsvLines.read(text).stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.get(0).fields();
        List<TableRow> rows = new ArrayList<>();
        for (CsvLines.Line r : records.subList(1, records.size())) {
            rows.add(new TableRow(file, Math.max(2, r.line()), header, r.fields()));
        }
        return new Table(header, rows);
    }
}
