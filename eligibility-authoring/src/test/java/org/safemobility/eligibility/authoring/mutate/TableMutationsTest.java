package org.safemobility.eligibility.authoring.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table operators on a small table, with the mutants written out by hand. */
class TableMutationsTest {

    private static final String TABLE = "office,opens,lastDay,arrivalCutoff,citation\n"
            + "GT,2023-06-12,2025-01-26,,\"launch notice (2023-06-12), EO 14163\"\n"
            + "\n"
            + "CR,2024-03-01,2024-12-31,2023-06-12,\"x\"\r\n";

    private static List<String> describe(MutationOperator operator) {
        return TableMutations.of(TABLE).stream().filter(c -> c.operator() == operator)
                .map(c -> c.original() + " -> " + c.replacement()).toList();
    }

    @Test
    void eachDataRowIsDroppedWholeButNotTheHeaderOrABlankLine() {
        assertEquals(List.of("GT,2023-06-12,2025-01-26,,\"launch notice (2023-06-12), EO 14163\"\n -> ",
                        "CR,2024-03-01,2024-12-31,2023-06-12,\"x\"\r\n -> "),
                describe(MutationOperator.TABLE_DROP_ROW));
    }

    @Test
    void eachDateCellMovesADayEitherWayButDatesInsideTextStay() {
        assertEquals(List.of("2023-06-12 -> 2023-06-11", "2023-06-12 -> 2023-06-13",
                        "2025-01-26 -> 2025-01-25", "2025-01-26 -> 2025-01-27",
                        "2024-03-01 -> 2024-02-29", "2024-03-01 -> 2024-03-02",
                        "2024-12-31 -> 2024-12-30", "2024-12-31 -> 2025-01-01",
                        "2023-06-12 -> 2023-06-11", "2023-06-12 -> 2023-06-13"),
                describe(MutationOperator.TABLE_DATE_SHIFT));
    }

    @Test
    void wholeNumberCellsMoveByOne() {
        String table = "name,kind,value,from,to,citation\nADULT-AGE,number,18,,,\"policy section 2\"\nCAP,number,0,,,\"x\"\n";
        assertEquals(List.of("18 -> 19", "18 -> 17", "0 -> 1", "0 -> -1"),
                TableMutations.of(table).stream().filter(c -> c.operator() == MutationOperator.TABLE_NUMBER)
                        .map(c -> c.original() + " -> " + c.replacement()).toList());
    }

    @Test
    void theOffsetPointsAtTheCell() {
        Change c = TableMutations.of(TABLE).stream().filter(x -> x.operator() == MutationOperator.TABLE_DATE_SHIFT)
                .toList().get(4);
        assertEquals(TABLE.indexOf("2024-03-01"), c.offset());
    }
}
