package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * The impact report's formats and files, over {@link DiffCommandTest}'s population and its edit
 * (the Guatemala office's last day moves from 2025-01-26 to 2024-06-30); the counts are derived
 * there. Here: what each format carries, and the warning when the population misses the edit.
 */
class DiffFormatsTest {

    private static final Path FOLDERS = Path.of("target", "diff-format-folders").toAbsolutePath();
    private static final String POPULATION = Path.of("src/test/resources/diff/population.jsonl").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String unedited;
    private static String gtClosesEarly;
    private static String servesPeru;

    @BeforeAll
    static void copyTheRulesFolders() {
        unedited = RulesFolderCopy.copy(FOLDERS.resolve("unedited")).toString();
        Path gt = RulesFolderCopy.copy(FOLDERS.resolve("gt-closes-2024-06-30"));
        RulesFolderCopy.edit(gt.resolve("reference/offices.csv"), "GT,2023-06-12,2025-01-26,,", "GT,2023-06-12,2024-06-30,,");
        gtClosesEarly = gt.toString();
        // the reason of ACC-OFFICE-OPEN cannot hold a '<'; the citation of an added row can, and is shown
        Path peru = RulesFolderCopy.copy(FOLDERS.resolve("ec-serves-pe"));
        RulesFolderCopy.edit(peru.resolve("reference/served-nationalities.csv"), "EC,CO,,,\"movilidadsegura.org, Ecuador\"",
                "EC,CO,,,\"movilidadsegura.org, Ecuador\"\nEC,PE,,,\"<script>alert(1)</script> & notice\"");
        servesPeru = peru.toString();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run diff(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.run(all, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CliRun.SHARED_ENGINE);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonCarriesTotalsMovesBreakdownsRowsAndInputs() throws IOException {
        Run r = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION, "--format", "json");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        JsonNode population = doc.get("population");
        assertEquals(4, population.get("changed").asLong());
        // refugee (REF), h2a (H2A) and no-grounds (REF, POSSIBLY -> NOT) lose a pathway; the minor none
        assertEquals(3, population.get("lost").asLong());
        assertEquals(0, population.get("gained").asLong());
        JsonNode access = doc.get("scopes").get(0);
        // access ELIGIBLE before: 1-4 and 6; after: 1 and 6
        assertEquals(5, access.get("before").get("ELIGIBLE").asLong());
        assertEquals(2, access.get("after").get("ELIGIBLE").asLong());
        JsonNode office = doc.get("criterionMoves").get(0);
        assertEquals("ACC-OFFICE-OPEN", office.get("criterion").asText());
        assertEquals(4, office.get("applicants").asLong());
        JsonNode gt = doc.get("offices").get(1);
        assertEquals("GT", gt.get("group").asText());
        assertEquals(6, gt.get("applicants").asLong());
        assertEquals(4, gt.get("changed").asLong());
        JsonNode rows = doc.get("tableRows");
        assertEquals(1, rows.get("changed").asLong());
        JsonNode row = rows.get("rows").get(0);
        assertEquals("reference/offices.csv", row.get("file").asText());
        assertEquals("CHANGED", row.get("kind").asText());
        assertEquals(2, row.get("oldLine").asInt());
        assertEquals("2024-06-30", row.get("new").get("lastDay").asText());
        // GT applicants with a date from 2024-06-29 to 2025-01-27: lines 2, 3, 4 and 9
        assertEquals(4, row.get("reached").asLong());
        assertEquals(0, doc.get("warnings").size());
        JsonNode first = doc.get("changedApplicants").get(0);
        assertEquals("LOSES_ELIGIBLE", first.get("severity").asText());
        assertEquals("gt-closed-refugee", first.get("applicant").get("id").asText());
        assertEquals("2024-08-15", first.get("evaluationDate").asText());
    }

    @Test
    void csvIsOneTableWithAHeaderAndARowPerCount() {
        Run r = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION, "--format", "csv");

        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("section,scope,item,old,new,count", lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.split(",", -1).length == 6 || l.contains("\"")), r.out());
        assertEquals(8, count(lines, "summary,"));
        assertEquals(7 * 9, count(lines, "transition,"));
        // ACC-OFFICE-OPEN, and through access SMO-ACCESS in each of the six pathways
        assertEquals(7, count(lines, "criterion,"));
        // GT: its changed row, ACCESS E->N, REF E->N and P->N, H2A E->N; CO: its changed row
        assertEquals(6, count(lines, "office,"));
        assertEquals(6, count(lines, "nationality,"));
        assertEquals(1, count(lines, "row,"));
        assertEquals(1 + 8 + 63 + 7 + 6 + 6 + 1, lines.size());
        assertTrue(lines.contains("summary,,changed,,,4"), r.out());
        assertTrue(lines.contains("criterion,ACCESS,ACC-OFFICE-OPEN,MET,NOT_MET,4"), r.out());
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void htmlIsOneSelfContainedPageWithEverythingEscaped(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("report.html");
        Run r = diff("--old", unedited, "--new", servesPeru, "--population", POPULATION, "--format", "html",
                "--output", page.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertFalse(html.contains("http://"), "no address of anything elsewhere");
        assertFalse(html.contains("https://"), "no address of anything elsewhere");
        assertFalse(html.contains("src="), "nothing loaded");
        assertFalse(html.contains("<script"), "the citation's tag is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; notice"), "escaped citation");
        assertTrue(html.contains("<svg"), "charts");
        assertTrue(html.contains("<caption>"), "tables have captions");
        assertTrue(html.contains("role=\"alert\""), "nobody is Peruvian: the warning");
        assertBalanced(html);
    }

    /** Every element that must be closed is, in order: well-formed enough for any browser. */
    private static void assertBalanced(String html) {
        Pattern tag = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*?(/?)>");
        List<String> voids = List.of("meta", "br", "hr", "img", "input", "link");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = tag.matcher(html.substring(html.indexOf("<html")));
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (voids.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertEquals(name, open.isEmpty() ? "(nothing open)" : open.pop(), "closing tag at " + m.start());
            }
        }
        assertTrue(open.isEmpty(), "left open: " + open);
    }

    @Test
    void warnsWhenNoApplicantReachesTheChangedRows() {
        Run r = diff("--old", unedited, "--new", servesPeru, "--population", POPULATION);

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("compared: 7, changed: 0,"), r.out());
        assertTrue(r.out().contains("WARNING: 1 table row changed, and no applicant of this population reaches any of them"),
                r.out());
        assertTrue(r.out().contains("'No applicant changed' says nothing about this edit"), r.out());
        assertTrue(r.out().contains("  reference/served-nationalities.csv: added at line 12: reached by 0 applicants\n"),
                r.out());
    }

    @Test
    void theExportedPopulationIsReadBackAsTheSameApplicants(@TempDir Path dir) throws IOException {
        Path exported = dir.resolve("population.jsonl");
        Run generated = diff("--old", unedited, "--new", gtClosesEarly, "--generate", "150", "--seed", "5",
                "--as-of", "2024-09-01", "--export-population", exported.toString(), "--format", "csv");
        Run read = diff("--old", unedited, "--new", gtClosesEarly, "--population", exported.toString(),
                "--as-of", "2024-09-01", "--format", "csv");

        assertEquals(0, generated.exitCode(), generated.err());
        assertEquals(150, Files.readAllLines(exported).size());
        assertEquals(generated.out(), read.out());
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExistIsExit2() {
        Run r = diff("--new", unedited, "--population", POPULATION, "--output", "/no/such/folder/report.html");

        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--output /no/such/folder/report.html: cannot write"), r.err());
    }
}
