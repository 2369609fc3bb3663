package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's table loader names every row whose number of values is not the header's, at the
 * line an editor shows, with both counts; the rows around it still load.
 */
class ReferenceTableWidthTest {

    private static final String FILE = "reference/offices.csv";

    @TempDir
    Path folder;

    @Test
    void everyRowOfTheWrongWidthIsNamedWithBothCounts() throws IOException {
        // line 1 header (5 columns); line 2 good; line 3 one value short; line 4 good;
        // line 5 one value too many; line 6 a quoted comma, which is one value, so good
        List<String> offices = load("office,opens,lastDay,arrivalCutoff,citation\n"
                + "GT,2023-06-12,2025-01-26,,a\n"
                + "CR,2023-06-12,2025-01-26,b\n"
                + "CO,2023-06-19,2025-01-26,2023-06-11,c\n"
                + "EC,2023-10-18,2025-01-26,2023-10-18,d,e\n"
                + "GT,2023-06-12,2025-01-26,,\"f, g\"\n");
        assertEquals(List.of(
                FILE + ":3: column-count: row has 4 columns, the header has 5",
                FILE + ":5: column-count: row has 6 columns, the header has 5"), problems);
        assertEquals(List.of("GT", "CO", "GT"), offices);
    }

    @Test
    void aHeaderOneColumnShortMakesEveryRowWrong() throws IOException {
        load("office,opens,lastDay,citation\n"
                + "GT,2023-06-12,2025-01-26,,a\n"
                + "CR,2023-06-12,2025-01-26,2023-06-12,b\n");
        assertEquals(List.of(
                FILE + ":2: column-count: row has 5 columns, the header has 4",
                FILE + ":3: column-count: row has 5 columns, the header has 4"), problems);
    }

    @Test
    void aRowSpanningLinesIsNamedAtTheLineItStarts() throws IOException {
        load("office,opens,lastDay,arrivalCutoff,citation\n"
                + "GT,2023-06-12,2025-01-26,,\"a\nb\"\n"
                + "CR,2023-06-12,2025-01-26\n");
        assertEquals(List.of(FILE + ":4: column-count: row has 3 columns, the header has 5"), problems);
    }

    @Test
    void aQuoteNeverClosedIsNamedAtItsLineAsTheLinterNamesIt() throws IOException {
        // the engine and the linter read tables with the one reader, CsvRecords, so both name line 3
        String text = "office,opens,lastDay,arrivalCutoff,citation\n"
                + "GT,2023-06-12,2025-01-26,,a\n"
                + "CR,2023-06-12,2025-01-26,,\"b\n"
                + "CO,2023-06-19,2025-01-26,2023-06-11,c\n";
        load(text);
        assertEquals(List.of(FILE + ":3: malformed-csv: a quoted value is never closed"), problems);
        assertEquals(new CsvRecords.Defect(3, "a quoted value is never closed"), CsvRecords.read(text).defect());
    }

    private final List<String> problems = new ArrayList<>();

    private List<String> load(String table) throws IOException {
        Files.writeString(folder.resolve("ruleset.manifest"), "name=test\n" + FILE + "\n", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("reference"));
        Files.writeString(folder.resolve(FILE), table, StandardCharsets.UTF_8);
        return ReferenceTables.rows(RuleSetFiles.folder(folder), FILE, problems, r -> r.text("office"));
    }
}
