package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Row-by-row comparison of tables, on small hand-written tables of any shape. */
class TableDiffTest {

    private static final String VALUES = """
            name,kind,value,from,to,citation
            ca4,country,GT,,,"CA-4, art. 1"
            ca4,country,SV,,,"CA-4, art. 1"
            suspension,date,2025-01-26,,,EO 14163
            """;

    @Test
    void addedRemovedAndChangedRowsWithTheirLines() {
        String edited = """
                name,kind,value,from,to,citation
                suspension,date,2025-02-01,,,EO 14163
                ca4,country,SV,,,"CA-4, art. 1"
                ca4,country,HN,,,"CA-4, art. 1"
                frp-cutoff,date,2023-07-10,,,88 FR 43581
                """;
        List<RowChange> changes = TableDiff.between(new RuleTables(Map.of("reference/policy-values.csv", VALUES)),
                new RuleTables(Map.of("reference/policy-values.csv", edited)));

        // GT -> HN agrees on 5 of 6 columns: changed; the suspension date agrees on 5 of 6: changed;
        // the SV row only moved (line 3 -> 3 by content): no change; frp-cutoff is new
        assertEquals(3, changes.size());
        RowChange ca4 = changes.get(0);
        assertEquals(RowChange.Kind.CHANGED, ca4.kind());
        assertEquals(2, ca4.oldLine());
        assertEquals(4, ca4.newLine());
        assertEquals(List.of("value"), ca4.changedColumns());
        assertEquals("ca4,country,GT,,,\"CA-4, art. 1\"", ca4.oldRow().text());
        RowChange date = changes.get(1);
        assertEquals(RowChange.Kind.CHANGED, date.kind());
        assertEquals(4, date.oldLine());
        assertEquals(2, date.newLine());
        RowChange added = changes.get(2);
        assertEquals(RowChange.Kind.ADDED, added.kind());
        assertNull(added.oldRow());
        assertEquals(5, added.newLine());
        assertEquals("frp-cutoff", added.newRow().values().get(0));
    }

    @Test
    void rowsThatShareTooLittleAreRemovedAndAddedAndNewOrMissingTablesCountWhole() {
        String windows = "program,opens,lastDay,citation\nCAM,2023-06-05,2025-01-26,notice\n";
        String other = "program,opens,lastDay,citation\nFRP,2023-07-10,2025-12-14,other\n";
        List<RowChange> changes = TableDiff.between(
                new RuleTables(Map.of("reference/program-windows.csv", windows, "criteria.csv", "a,b\nx,y\n")),
                new RuleTables(Map.of("reference/program-windows.csv", other)));

        assertEquals(List.of("criteria.csv REMOVED 2 0", "reference/program-windows.csv REMOVED 2 0",
                "reference/program-windows.csv ADDED 0 2"),
                changes.stream().map(c -> c.file() + " " + c.kind() + " " + c.oldLine() + " " + c.newLine()).toList());
    }

    @Test
    void aQuotedValueOverSeveralLinesKeepsTheLineNumbersOfTheRowsAfterIt() {
        String before = "a,b\n\"one\ntwo\",x\nlast,y\n";
        String after = "a,b\n\"one\ntwo\",x\nlast,z\n";
        List<RowChange> changes = TableDiff.between(new RuleTables(Map.of("t.csv", before)),
                new RuleTables(Map.of("t.csv", after)));

        assertEquals(1, changes.size());
        assertEquals(4, changes.get(0).oldLine());
        assertEquals(List.of("b"), changes.get(0).changedColumns());
    }

    @Test
    void identicalTablesHaveNoChanges() {
        assertEquals(List.of(), TableDiff.between(new RuleTables(Map.of("x.csv", VALUES)),
                new RuleTables(Map.of("x.csv", VALUES))));
    }
}
