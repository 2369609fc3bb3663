package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer the linter and the impact diff share: values, the line each record starts on, defects. */
class CsvRecordsTest {

    @Test
    void recordsKeepTheLineTheyStartOnAcrossQuotedLineBreaksAndAnyLineEnd() {
        CsvRecords.Result r = CsvRecords.read("\uFEFFa,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\n\nlast,\r");
        assertNull(r.defect());
        assertEquals(List.of(
                new CsvRecords.Record(1, List.of("a", "b")),
                new CsvRecords.Record(2, List.of("x\r\ny", "say \"hi\"")),
                new CsvRecords.Record(4, List.of("")),
                new CsvRecords.Record(5, List.of("last", ""))), r.records());
        assertTrue(r.records().get(2).blank());
    }

    @Test
    void aQuoteNeverClosedIsADefectAtItsLineAndTheRestIsStillRead() {
        CsvRecords.Result r = CsvRecords.read("a,b\n1,\"open\n2,3\n");
        assertEquals(new CsvRecords.Defect(2, "a quoted value is never closed"), r.defect());
        assertEquals(List.of(new CsvRecords.Record(1, List.of("a", "b")), new CsvRecords.Record(2, List.of("1", "open\n2,3\n"))),
                r.records());
    }

    @Test
    void textAfterAClosingQuoteIsADefectAndStaysPartOfTheValue() {
        CsvRecords.Result r = CsvRecords.read("a,b\n\"x\"y,2\n\"ok\",\"fine\"\n");
        assertEquals(new CsvRecords.Defect(2, "text after the closing quote of a value; quote the whole value"), r.defect());
        assertEquals(List.of("xy", "2"), r.records().get(1).fields());
        assertEquals(List.of("ok", "fine"), r.records().get(2).fields());
    }
}
