package org.safemobility.eligibility.authoring.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the tables of two rule sets row by row: which rows an edit added, removed or changed,
 * with their file and line in the old and the new rules. Generic over any CSV table with a header
 * row, so a table a rule set adds is compared like the bundled ones.
 *
 * <pre>{@code
 * List<RowChange> rows = TableDiff.between(RuleTables.folder(Path.of("rules")),
 *         RuleTables.folder(Path.of("rules-edited")));
 * }</pre>
 *
 * <p>Rows are matched by their whole content; a row that occurs twice in one table and once in the
 * other is one removed copy. See {@link RowChange} for how an old and a new row are paired as a
 * change. The result lists tables in path order; within a table, changed and removed rows in old
 * line order, then the added rows in new line order.
 */
public final class TableDiff {

    private TableDiff() {
    }

    /**
     * The rows that differ between {@code oldTables} and {@code newTables}, with {@code reached} 0.
     *
     * @param oldTables the tables of the rules as they are
     * @param newTables the tables of the rules as edited
     * @return the added, removed and changed rows, in the order described above; empty when the tables are
     *         the same
     */
    public static List<RowChange> between(RuleTables oldTables, RuleTables newTables) {
        Set<String> files = new LinkedHashSet<>();
        files.addAll(oldTables.tables().keySet());
        files.addAll(newTables.tables().keySet());
        List<RowChange> out = new ArrayList<>();
        for (String file : files.stream().sorted().toList()) {
            String oldText = oldTables.tables().get(file);
            String newText = newTables.tables().get(file);
            if (oldText != null && oldText.equals(newText)) {
                continue;
            }
            List<TableRow> oldRows = oldText == null ? List.of() : CsvRows.read(file, oldText).rows();
            List<TableRow> newRows = newText == null ? List.of() : CsvRows.read(file, newText).rows();
            compare(file, oldRows, newRows, out);
        }
        return List.copyOf(out);
    }

    private static void compare(String file, List<TableRow> oldRows, List<TableRow> newRows, List<RowChange> out) {
        List<TableRow> removed = unmatched(oldRows, newRows);
        List<TableRow> added = unmatched(newRows, oldRows);
        boolean[] paired = new boolean[added.size()];
        for (TableRow old : removed) {
            int best = -1;
            int bestEqual = -1;
            for (int j = 0; j < added.size(); j++) {
                int equal = paired[j] ? -1 : equalCells(old, added.get(j));
                if (equal > bestEqual) {
                    best = j;
                    bestEqual = equal;
                }
            }
            int columns = Math.max(old.values().size(), best < 0 ? 0 : added.get(best).values().size());
            if (best >= 0 && 2 * bestEqual >= columns) {
                paired[best] = true;
                TableRow now = added.get(best);
                out.add(new RowChange(file, RowChange.Kind.CHANGED, old, now, changedColumns(old, now), 0));
            } else {
                out.add(new RowChange(file, RowChange.Kind.REMOVED, old, null, List.of(), 0));
            }
        }
        for (int j = 0; j < added.size(); j++) {
            if (!paired[j]) {
                out.add(new RowChange(file, RowChange.Kind.ADDED, null, added.get(j), List.of(), 0));
            }
        }
    }

    /** The rows of {@code rows} without a copy of the same content in {@code others}, counting copies. */
    private static List<TableRow> unmatched(List<TableRow> rows, List<TableRow> others) {
        Map<List<String>, Integer> available = new HashMap<>();
        for (TableRow o : others) {
            available.merge(o.values(), 1, Integer::sum);
        }
        List<TableRow> out = new ArrayList<>();
        for (TableRow r : rows) {
            Integer left = available.get(r.values());
            if (left == null || left == 0) {
                out.add(r);
            } else {
                available.put(r.values(), left - 1);
            }
        }
        return out;
    }

    private static int equalCells(TableRow a, TableRow b) {
        int n = Math.min(a.values().size(), b.values().size());
        int equal = 0;
        for (int i = 0; i < n; i++) {
            if (a.values().get(i).equals(b.values().get(i))) {
                equal++;
            }
        }
        return equal;
    }

    private static List<String> changedColumns(TableRow old, TableRow now) {
        List<String> header = now.header();
        List<String> out = new ArrayList<>();
        int n = Math.max(old.values().size(), now.values().size());
        for (int i = 0; i < n; i++) {
            if (!old.value(i).equals(now.value(i))) {
                out.add(i < header.size() ? header.get(i) : "column " + (i + 1));
            }
        }
        return out;
    }
}
