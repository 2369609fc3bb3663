package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/** {@code eligibility validate}, end to end through the command line, on the bundled rules and rules folders. */
class ValidateCommandTest {

    private static String bundledVersion() {
        return CliRun.SHARED_ENGINE.get().rulesetVersion();
    }

    @Test
    void theBundledRulesAreOk() {
        CliRun.Result r = CliRun.run("", "validate");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("OK " + bundledVersion() + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void anUnchangedCopyOfTheBundledRulesIsOkWithTheSameVersion() {
        // the real folder builder, not the test's cache: the version hashes the files the manifest
        // names, and the copy has the same bytes
        Path copy = RuleFolders.copy();
        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, "", "validate", "--rules", copy.toString());

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("OK " + bundledVersion() + "\nsealed: " + copy.resolve("ruleset.sha256")
                + " lists every file with its SHA-256\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void anAcceptedFolderIsSealedWithTheHashOfItsManifestAndEveryFileItNames() throws Exception {
        Path folder = fresh("sealed");
        Files.deleteIfExists(folder.resolve("ruleset.sha256"));

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, "", "validate", "--rules", folder.toString());

        assertEquals(0, r.exitCode(), r.out() + r.err());
        // sha256sum's format, one line per file, sorted by path: the manifest and each file it names
        List<String> expected = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("ruleset.manifest"));
        for (String line : Files.readAllLines(folder.resolve("ruleset.manifest"))) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("name=")) {
                paths.add(line.strip());
            }
        }
        Collections.sort(paths);
        for (String path : paths) {
            expected.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(folder.resolve(path)))) + "  " + path);
        }
        assertEquals(expected, Files.readAllLines(folder.resolve("ruleset.sha256")));
        assertTrue(paths.containsAll(List.of("derived-facts.drl", "reference/offices.csv", "messages/es.properties")), paths.toString());
    }

    @Test
    void aFolderCutAtARuleBoundaryIsRefusedNamingTheCriterionItLeavesUndecided() throws Exception {
        // the last rule of derived-facts.drl (JOB-OFFERS-UNANSWERED) gives an applicant who did not
        // answer jobOffers a candidate whose offer criteria are UNKNOWN (policy section 6); without
        // it no rule decides the offer criteria of such an applicant, and the folder still compiles
        Path cut = fresh("cut-at-a-rule");
        Path drl = cut.resolve("derived-facts.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.substring(0, text.lastIndexOf("rule \"JOB-OFFERS-UNANSWERED\"")));

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, "", "validate", "--rules", cut.toString());

        assertEquals(1, r.exitCode(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        // the first offer criterion in report order is H1B's; the others are never reached
        Matcher m = Pattern.compile("criteria\\.csv:(\\d+): undecided-criterion: no rule decides H1B-JOB-OFFER for "
                + "([\\d,]+) of ([\\d,]+) screened applicants").matcher(lines.get(0));
        assertTrue(m.matches(), lines.get(0));
        assertEquals(RuleFolders.lineStarting(cut, "criteria.csv", "H1B,H1B-JOB-OFFER,"), Integer.parseInt(m.group(1)));
        int failed = Integer.parseInt(m.group(2).replace(",", ""));
        int screened = Integer.parseInt(m.group(3).replace(",", ""));
        // every applicant without jobOffers: the population leaves a share of every answer out
        assertTrue(failed > 0 && failed < screened && screened >= 2_000, lines.get(0));
        assertEquals("1 problem", lines.get(1));
        assertFalse(Files.exists(cut.resolve("ruleset.sha256")), "a refused folder is not sealed");
    }

    @Test
    void aTableCutAtARowBoundaryIsRefusedWhenTheLinterKnowsTheRowIsNeeded() throws Exception {
        // the last row of offices.csv is Ecuador's: every office needs the days it registers applicants
        Path cut = fresh("offices-cut");
        cutLastRow(cut.resolve("reference/offices.csv"), "EC,");

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, "", "validate", "--rules", cut.toString());

        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertEquals(List.of("reference/offices.csv:0: gap: no row for office EC; every office needs the days it "
                + "registers applications", "1 problem"), r.out().lines().toList());
    }

    @Test
    void aTableCutAtARowBoundaryThatIsStillAPlausibleTableIsAccepted() throws Exception {
        // Ecuador's row of served-nationalities.csv gone: as if the office served every nationality,
        // which a table may legitimately say. Nothing in the folder tells the two apart: only the
        // hash list, once the folder was validated whole, tells a later cut from an edit (ReloadTest)
        Path cut = fresh("served-cut");
        cutLastRow(cut.resolve("reference/served-nationalities.csv"), "EC,");

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, "", "validate", "--rules", cut.toString());

        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("OK "), r.out());
    }

    private static Path fresh(String name) {
        return RulesFolderCopy.copy(Path.of("target", "rule-folders", name).toAbsolutePath());
    }

    /** Removes the last row of a CSV, which must start with {@code start}; the file stays well formed. */
    private static void cutLastRow(Path csv, String start) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        assertTrue(lines.get(lines.size() - 1).startsWith(start), lines.get(lines.size() - 1));
        lines.remove(lines.size() - 1);
        Files.write(csv, lines);
    }

    @Test
    void aBrokenFolderListsEachProblemWithItsFileAndLineThenTheCount() {
        Path broken = RuleFolders.twoTypos();
        // the linter finds each misspelt value where it is written, and names the value meant
        int[] h2a = RuleFolders.position(broken, "h2a.drl", "LaborCertification.PENDNG)", "PENDNG");
        int[] h2b = RuleFolders.position(broken, "h2b.drl", "LaborCertification.APROVED)", "APROVED");

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "validate", "--rules", broken.toString());

        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals("h2a.drl:" + h2a[0] + ":" + h2a[1] + ": unknown-field: no value `PENDNG` in LaborCertification; "
                + "did you mean `PENDING`?", lines.get(0));
        assertEquals("h2b.drl:" + h2b[0] + ":" + h2b[1] + ": unknown-field: no value `APROVED` in LaborCertification; "
                + "did you mean `APPROVED`?", lines.get(1));
        assertEquals("2 problems", lines.get(2));
    }

    @Test
    void aFolderThatIsNotThereIsAUsageError() {
        CliRun.Result r = CliRun.run("", "validate", "--rules", "target/no-such-rules");

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("validate: --rules target/no-such-rules: not a folder\n", r.err());
    }

    @Test
    void helpSaysWhatIsCheckedAndTheExitCodes() {
        CliRun.Result r = CliRun.run("", "validate", "--help");

        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("\nCheck a rule set"), r.out());
        for (String expected : new String[] {"--rules=DIR", "file:line: code: message", "OK <rulesetVersion>",
            "Exit codes:", "  0   the rules have no problem", "  1   the rules have problems", "  2   invalid command line"}) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }
}
