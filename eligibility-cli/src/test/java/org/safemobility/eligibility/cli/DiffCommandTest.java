package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * {@code diff} end to end, in-process, on copies of the bundled rules' folder: one unedited, one
 * more unedited (identical content), one with the Guatemala office's last day moved from
 * 2025-01-26 to 2024-06-30, one that does not compile. The population is
 * {@code src/test/resources/diff/population.jsonl}; the expected counts below are derived from the
 * screening policy applicant by applicant, never taken from the program's output.
 *
 * <p>The population, line by line (GT applicants are complete Guatemalan nationals living in
 * Guatemala, born 1990-01-01 unless said, with no relative, history or offer in the U.S.):
 * <ol>
 *   <li>{@code gt-open-refugee}, 2024-03-01, fears persecution for a political opinion: open under
 *       both. Unchanged.</li>
 *   <li>{@code gt-closed-refugee}, 2024-08-15, the same: access ELIGIBLE -> NOT_ELIGIBLE
 *       (ACC-OFFICE-OPEN), REFUGEE_RESETTLEMENT ELIGIBLE -> NOT_ELIGIBLE (SMO-ACCESS).</li>
 *   <li>{@code gt-closed-h2a}, 2024-10-01, no persecution, one seasonal agricultural offer of 6
 *       months with an approved certification (GT is on the H-2A list in force): access and H2A
 *       ELIGIBLE -> NOT_ELIGIBLE; REF (no persecution), H1B and H2B (not such an offer) stay
 *       NOT_ELIGIBLE.</li>
 *   <li>{@code gt-closed-no-grounds}, 2024-12-01, persecution claimed but {@code grounds} not
 *       answered: REF-NEXUS UNKNOWN, so REFUGEE_RESETTLEMENT POSSIBLY_ELIGIBLE -> NOT_ELIGIBLE;
 *       access ELIGIBLE -> NOT_ELIGIBLE.</li>
 *   <li>{@code gt-after-closure}, 2025-03-01: closed under both (after 2025-01-26). Unchanged.</li>
 *   <li>{@code co-venezuelan}, Colombia office, 2024-08-15: the edit is about Guatemala. Access and
 *       REFUGEE_RESETTLEMENT ELIGIBLE under both. Unchanged.</li>
 *   <li>an invalid applicant (office XX): skipped and counted.</li>
 *   <li>a blank line: not an applicant.</li>
 *   <li>{@code gt-closed-minor}, 2024-09-02, born 2009-05-01 (15): access NOT_ELIGIBLE under both
 *       (ACC-AGE), so every pathway NOT_ELIGIBLE under both; ACC-OFFICE-OPEN MET -> NOT_MET still
 *       makes it a changed applicant, with no status moved.</li>
 * </ol>
 * FAMILY_REUNIFICATION_PAROLE (no petition), CENTRAL_AMERICAN_MINORS (age 21 or more, or no
 * access) and H1B, H2B are NOT_ELIGIBLE for all seven under both rule sets.
 */
class DiffCommandTest {

    private static final Path FOLDERS = Path.of("target", "diff-rules-folders").toAbsolutePath();
    private static final String POPULATION = Path.of("src/test/resources/diff/population.jsonl").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String unedited;
    private static String uneditedAgain;
    private static String gtClosesEarly;
    private static String broken;

    @BeforeAll
    static void copyTheRulesFolders() throws IOException {
        unedited = copy("unedited", null, null, null);
        uneditedAgain = copy("unedited-again", null, null, null);
        gtClosesEarly = copy("gt-closes-2024-06-30", "reference/offices.csv", "GT,2023-06-12,2025-01-26,,",
                "GT,2023-06-12,2024-06-30,,");
        broken = copy("broken", "access.drl", "rule \"ACC-AGE\"\n", "rule \"ACC-AGE\"\n    not a rule attribute\n");
    }

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not one JSON document: " + out, e);
            }
        }
    }

    private static Run diffReading(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "diff";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.run(all, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CliRun.SHARED_ENGINE);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run diff(String... args) {
        return diffReading("", args);
    }

    // --- counts ---------------------------------------------------------------------------------

    @Test
    void movingTheGuatemalaOfficesLastDayMovesExactlyTheApplicantsScreenedAfterIt() {
        Run r = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION);

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("population: 8 applicants from " + POPULATION + "\n"), r.out());
        assertTrue(r.out().contains("compared: 7, changed: 4, skipped as invalid: 1\n"), r.out());
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("ACCESS: ELIGIBLE -> NOT_ELIGIBLE", 3L);        // 2, 3, 4
        expected.put("ACCESS: unchanged", 4L);                        // 1, 5, 6, 9
        expected.put("REFUGEE_RESETTLEMENT: ELIGIBLE -> NOT_ELIGIBLE", 1L);            // 2
        expected.put("REFUGEE_RESETTLEMENT: POSSIBLY_ELIGIBLE -> NOT_ELIGIBLE", 1L);   // 4
        expected.put("REFUGEE_RESETTLEMENT: unchanged", 5L);
        expected.put("FAMILY_REUNIFICATION_PAROLE: unchanged", 7L);
        expected.put("CENTRAL_AMERICAN_MINORS: unchanged", 7L);
        expected.put("H1B: unchanged", 7L);
        expected.put("H2A: ELIGIBLE -> NOT_ELIGIBLE", 1L);            // 3
        expected.put("H2A: unchanged", 6L);
        expected.put("H2B: unchanged", 7L);
        assertEquals(expected, moves(r.out()));
        assertTrue(r.err().contains("line 7 skipped"), r.err());
        assertTrue(r.err().contains("1 of 8 applicants skipped as invalid"), r.err());
    }

    @Test
    void theMostSevereChangedApplicantsAreShownWithTheCriteriaThatMovedThem() {
        Run r = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION, "--show", "2");

        assertEquals(0, r.exitCode(), r.err());
        // all four lose an ELIGIBLE but the minor (criteria only): the first two in input order are the most severe
        assertTrue(r.out().contains("Changed applicants: the 2 most severe of 4 "), r.out());
        String shown = r.out().substring(r.out().indexOf("Changed applicants:"));
        assertEquals(List.of("gt-closed-refugee", "gt-closed-h2a"), shownIds(shown));
        String refugee = shown.substring(shown.indexOf("gt-closed-refugee"), shown.indexOf("gt-closed-h2a"));
        assertTrue(refugee.contains("""
                  ACCESS: ELIGIBLE -> NOT_ELIGIBLE
                    ACC-OFFICE-OPEN: MET -> NOT_MET
                      old: The Guatemala office registers applications on the evaluation date, August 15, 2024.
                      new: The Guatemala office does not register applications on the evaluation date, August 15, 2024.
                  REFUGEE_RESETTLEMENT: ELIGIBLE -> NOT_ELIGIBLE
                    SMO-ACCESS: MET -> NOT_MET
                """), refugee);
        // the pathways it was not eligible for keep their status; only SMO-ACCESS changes in them
        assertTrue(refugee.contains("  H1B: status unchanged\n    SMO-ACCESS: MET -> NOT_MET\n"), refugee);
        assertFalse(shown.contains("gt-closed-minor"), "only the first two are shown");
    }

    @Test
    void anApplicantWhoseStatusesStayButWhoseCriteriaMoveIsChangedToo() {
        Run r = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION);

        String shown = r.out().substring(r.out().indexOf("Changed applicants:"));
        assertEquals(List.of("gt-closed-refugee", "gt-closed-h2a", "gt-closed-no-grounds", "gt-closed-minor"),
                shownIds(shown));
        String minor = shown.substring(shown.indexOf("gt-closed-minor"));
        assertTrue(minor.startsWith("gt-closed-minor\n  ACCESS: status unchanged\n    ACC-OFFICE-OPEN: MET -> NOT_MET\n"),
                minor);
        assertFalse(minor.contains("SMO-ACCESS"), "NOT_MET under both: " + minor);
    }

    @Test
    void identicalRulesFoldersChangeNobody() {
        Run r = diff("--old", unedited, "--new", uneditedAgain, "--population", POPULATION);

        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        String oldVersion = lines[0].substring("old rules: ".length(), lines[0].indexOf(' ', "old rules: ".length()));
        assertTrue(lines[1].startsWith("new rules: " + oldVersion + " ("), r.out());
        assertTrue(r.out().contains("compared: 7, changed: 0, skipped as invalid: 1\n"), r.out());
        Map<String, Long> moves = moves(r.out());
        assertEquals(7, moves.size(), "only 'unchanged' lines: " + moves);
        moves.values().forEach(count -> assertEquals(7L, count));
        assertTrue(r.out().endsWith("No applicant changed.\n"), r.out());
    }

    @Test
    void theBundledRulesAreTheUneditedFolderAndOldDefaultsToThem() {
        Run r = diff("--new", unedited, "--population", POPULATION, "--show", "0");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("(bundled)\n"), r.out());
        assertTrue(r.out().contains("compared: 7, changed: 0,"), r.out());
    }

    // --- generated populations ------------------------------------------------------------------

    @Test
    void theSameSeedGivesTheSameOutputAndAnotherSeedAnotherPopulation() {
        Run first = diff("--new", gtClosesEarly, "--generate", "300", "--seed", "11", "--as-of", "2024-09-01");
        Run again = diff("--new", gtClosesEarly, "--generate", "300", "--seed", "11", "--as-of", "2024-09-01");
        Run other = diff("--new", gtClosesEarly, "--generate", "300", "--seed", "12", "--as-of", "2024-09-01");

        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("population: 300 generated applicants (seed 11)\n"), first.out());
        assertEquals(first.out(), again.out());
        String afterHeader = first.out().substring(first.out().indexOf("compared:"));
        assertNotEquals(afterHeader, other.out().substring(other.out().indexOf("compared:")));
        // every generated applicant is valid
        assertTrue(first.out().contains("compared: 300, "), first.out());
        assertTrue(first.out().contains("skipped as invalid: 0"), first.out());
    }

    // --- JSON -----------------------------------------------------------------------------------

    @Test
    void jsonCarriesTheSameCountsAsText() {
        Run text = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION);
        Run json = diff("--old", unedited, "--new", gtClosesEarly, "--population", POPULATION, "--format", "json");

        assertEquals(0, json.exitCode(), json.err());
        JsonNode doc = json.json();
        JsonNode population = doc.get("population");
        assertEquals(8, population.get("size").asLong());
        assertEquals(7, population.get("compared").asLong());
        assertEquals(4, population.get("changed").asLong());
        assertEquals(1, population.get("invalid").asLong());
        assertEquals(unedited, doc.get("old").get("rules").asText());
        Map<String, Long> fromJson = new LinkedHashMap<>();
        for (JsonNode scope : doc.get("scopes")) {
            long total = 0;
            for (JsonNode t : scope.get("transitions")) {
                total += t.get("count").asLong();
            }
            assertEquals(7, total, scope.get("scope").asText());
            for (JsonNode m : scope.get("moves")) {
                fromJson.put(scope.get("scope").asText() + ": " + m.get("from").asText() + " -> " + m.get("to").asText(),
                        m.get("count").asLong());
            }
            fromJson.put(scope.get("scope").asText() + ": unchanged", scope.get("unchanged").asLong());
        }
        assertEquals(moves(text.out()), fromJson);
        // access: 1 and 6 stay ELIGIBLE, 5 and 9 stay NOT_ELIGIBLE
        JsonNode access = doc.get("scopes").get(0);
        assertEquals("ACCESS", access.get("scope").asText());
        assertEquals(2, transition(access, "ELIGIBLE", "ELIGIBLE"));
        assertEquals(2, transition(access, "NOT_ELIGIBLE", "NOT_ELIGIBLE"));
        List<String> ids = new ArrayList<>();
        doc.get("changedApplicants").forEach(a -> ids.add(a.get("applicantId").asText()));
        assertEquals(shownIds(text.out().substring(text.out().indexOf("Changed applicants:"))), ids);
        JsonNode office = doc.get("changedApplicants").get(0).get("criterionChanges").get(0);
        assertEquals("ACC-OFFICE-OPEN", office.get("criterion").asText());
        assertTrue(office.get("candidate").isNull());
        assertEquals("MET", office.get("old").get("outcome").asText());
        assertEquals("NOT_MET", office.get("new").get("outcome").asText());
    }

    private static long transition(JsonNode scope, String from, String to) {
        for (JsonNode t : scope.get("transitions")) {
            if (t.get("from").asText().equals(from) && t.get("to").asText().equals(to)) {
                return t.get("count").asLong();
            }
        }
        throw new AssertionError("no transition " + from + " -> " + to);
    }

    // --- input and errors -----------------------------------------------------------------------

    @Test
    void readsThePopulationFromStandardInputAndNamesInvalidLinesWithoutTheirValues() throws IOException {
        Run r = diffReading(Files.readString(Path.of(POPULATION)), "--old", unedited, "--new", gtClosesEarly,
                "--population", "-", "--show", "0");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("compared: 7, changed: 4, skipped as invalid: 1\n"), r.out());
        assertTrue(r.err().contains("diff: line 7 skipped, not a valid applicant: office"), r.err());
        assertFalse(r.err().contains("XX"), r.err());
        assertFalse(r.err().contains("bad-1"), r.err());
    }

    @Test
    void aRulesFolderThatDoesNotBuildIsExit1WithItsProblemsByFileAndLine() {
        Run r = diff("--old", unedited, "--new", broken, "--population", POPULATION);

        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("diff: the --new rules (" + broken + ") do not build:"), r.err());
        assertTrue(Pattern.compile("(?m)^  access\\.drl:\\d+: ").matcher(r.err()).find(), r.err());
    }

    @Test
    void badUsageIsExit2() {
        List<List<String>> cases = List.of(
                List.of("--new", unedited),                                                       // no applicants
                List.of("--old", unedited),                                                       // no --new
                List.of("--new", unedited, "--generate", "10"),                                   // no --seed
                List.of("--new", unedited, "--seed", "1", "--population", POPULATION),            // both
                List.of("--new", unedited, "--generate", "0", "--seed", "1"),
                List.of("--new", unedited, "--population", POPULATION, "--show", "-1"),
                List.of("--new", unedited, "--population", POPULATION, "--as-of", "2024-02-30"),
                List.of("--new", unedited, "--population", POPULATION, "--format", "xml"),
                List.of("--new", FOLDERS.resolve("no-such-folder").toString(), "--population", POPULATION),
                List.of("--new", POPULATION, "--population", POPULATION),                         // a file, not a folder
                List.of("--new", unedited, "--population", "no-such-file.jsonl"),
                List.of("--new", unedited, "--population", FOLDERS.toString()));                  // a folder, not a file
        for (List<String> args : cases) {
            Run r = diff(args.toArray(String[]::new));
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertEquals("", r.out(), args.toString());
            assertFalse(r.err().isBlank(), args.toString());
        }
    }

    @Test
    void helpFollowsTheHouseStyle() {
        Run r = diff("--help");

        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("\nCompare two rule sets"), r.out());
        for (String expected : new String[] {"--old=DIR|bundled", "--new=DIR|bundled", "--population=FILE|-",
            "--generate=N", "--seed=S", "--as-of=YYYY-MM-DD", "--show=K", "--format=text|json|csv|html", "--output=FILE",
            "--export-population=FILE", "Exit codes:",
            "\"changedApplicants\"", "\"transitions\""}) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private static final Pattern MOVE = Pattern.compile("(?m)^  ([A-Z0-9_]+: (?:[A-Z_]+ -> [A-Z_]+|unchanged)) (\\d+)$");

    /** The "Status moves" lines: {@code ACCESS: ELIGIBLE -> NOT_ELIGIBLE} or {@code ACCESS: unchanged}, to the count. */
    private static Map<String, Long> moves(String out) {
        String section = out.substring(out.indexOf("Status moves"), out.indexOf("\n\n", out.indexOf("Status moves")));
        Map<String, Long> moves = new LinkedHashMap<>();
        Matcher m = MOVE.matcher(section);
        while (m.find()) {
            moves.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return moves;
    }

    /** The ids of the changed applicants shown: the lines that start without indentation after the heading. */
    private static List<String> shownIds(String shown) {
        List<String> ids = new ArrayList<>();
        String[] lines = shown.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !lines[i].startsWith(" ")) {
                ids.add(lines[i]);
            }
        }
        return ids;
    }

    private static String copy(String name, String file, String from, String to) {
        Path folder = RulesFolderCopy.copy(FOLDERS.resolve(name));
        if (file != null) {
            RulesFolderCopy.edit(folder.resolve(file), from, to);
        }
        return folder.toString();
    }
}
