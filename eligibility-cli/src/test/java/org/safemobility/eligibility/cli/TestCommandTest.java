package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eligibility test}, end to end through the command line. The fixture scenarios are in
 * {@code src/test/resources/test-command}; every count below is worked out by hand from the
 * screening policy, scenario by scenario (see {@link #COVERAGE}).
 */
class TestCommandTest {

    private static final String PASSING = "src/test/resources/test-command/passing";
    private static final String GUATEMALA = PASSING + "/guatemala.json";
    private static final String MALFORMED = "src/test/resources/test-command/malformed";

    /**
     * The coverage of the three fixture scenarios with the bundled rules. S1: a married Guatemalan,
     * 29, at the GT office on 2024-06-03, no protection claim, no US relatives, a clean US history,
     * secondary education with 4 years' experience and one 7-month seasonal farm offer with approved
     * certification (capExempt and capSelected false). S2: S1 on 2025-02-03, after the offices' and
     * USRAP's and CAM's last day. S3: a single Nicaraguan asylum seeker, 19, at the CR office on
     * 2023-09-18, arrival date, passport, US history and employment unknown, a past persecution for
     * political opinion, and a parent in the US with TPS.
     *
     * <ul>
     *   <li>ACC-OFFICE-OPEN: S1 MET, S2 NOT_MET (closed), S3 MET. ACC-AGE: MET thrice.
     *       ACC-C4-RESIDENCY: GT only, S1 and S2 MET. The four host-office criteria: CR only, S3;
     *       the arrival cutoff UNKNOWN (no arrival date), the others MET.</li>
     *   <li>SMO-ACCESS: S1 MET, S2 NOT_MET, S3 UNKNOWN (access POSSIBLY_ELIGIBLE).</li>
     *   <li>REF-PROGRAM-OPEN: NOT_MET only in S2. REF-PERSECUTION and REF-NEXUS: MET only in S3.
     *       REF-LOCATION (GT is in-country; S3 is outside NI), REF-NOT-PERSECUTOR,
     *       REF-NOT-FIRMLY-RESETTLED, REF-SECURITY: MET thrice.</li>
     *   <li>FRP: nobody has a petition, so the six petition criteria are NOT_MET thrice; the four
     *       others MET in S1 and S2, UNKNOWN in S3 (its answers are absent).</li>
     *   <li>CAM-PROGRAM-OPEN: NOT_MET in S2. CAM-AGE and CAM-UNMARRIED: MET only in S3 (19,
     *       single). CAM-IN-COUNTRY: NOT_MET only in S3 (lives in CR). CAM-QUALIFYING-PARENT: MET
     *       only in S3.</li>
     *   <li>H1B: all three NOT_MET in S1 and S2 (a farm offer; 0 + 4/3 = 1 year of equivalence; no
     *       cap), UNKNOWN in S3 (no employment answers).</li>
     *   <li>H2A and H2B: the offer criteria as the farm offer gives them in S1 and S2 (H2B-JOB-OFFER
     *       NOT_MET, the rest MET) and UNKNOWN in S3; GT and NI are on both lists on all three
     *       dates.</li>
     * </ul>
     */
    static final String COVERAGE = """
            criterion                 MET  NOT_MET  UNKNOWN
            ACC-OFFICE-OPEN             2        1        0
            ACC-AGE                     3        0        0  gap
            ACC-C4-RESIDENCY            2        0        0  gap
            ACC-HOST-RESIDENCE          1        0        0  gap
            ACC-NATIONALITY             1        0        0  gap
            ACC-ARRIVAL-CUTOFF          0        0        1  gap
            ACC-HOST-STATUS             1        0        0  gap
            SMO-ACCESS                  1        1        1
            REF-PROGRAM-OPEN            2        1        0
            REF-PERSECUTION             1        2        0
            REF-NEXUS                   1        2        0
            REF-LOCATION                3        0        0  gap
            REF-NOT-PERSECUTOR          3        0        0  gap
            REF-NOT-FIRMLY-RESETTLED    3        0        0  gap
            REF-SECURITY                3        0        0  gap
            FRP-NATIONALITY             0        3        0  gap
            FRP-PROCESS-OPEN            0        3        0  gap
            FRP-PETITIONER              0        3        0  gap
            FRP-I130-APPROVED           0        3        0  gap
            FRP-PREFERENCE-CATEGORY     0        3        0  gap
            FRP-INVITATION              0        3        0  gap
            FRP-NO-IMMIGRANT-VISA       2        0        1  gap
            FRP-PASSPORT                2        0        1  gap
            FRP-NO-IRREGULAR-ENTRY      2        0        1  gap
            FRP-NO-RECENT-REMOVAL       2        0        1  gap
            CAM-PROGRAM-OPEN            2        1        0
            CAM-AGE                     1        2        0
            CAM-UNMARRIED               1        2        0
            CAM-IN-COUNTRY              2        1        0
            CAM-QUALIFYING-PARENT       1        2        0
            H1B-JOB-OFFER               0        2        1  gap
            H1B-QUALIFICATION           0        2        1  gap
            H1B-CAP                     0        2        1  gap
            H2A-JOB-OFFER               2        0        1  gap
            H2A-LABOR-CERTIFICATION     2        0        1  gap
            H2A-NATIONALITY             3        0        0  gap
            H2B-JOB-OFFER               0        2        1  gap
            H2B-LABOR-CERTIFICATION     2        0        1  gap
            H2B-NATIONALITY             3        0        0  gap
            29 of 39 criteria not seen both MET and NOT_MET (gap)
            """;

    @Test
    void everyFixtureScenarioPassesAndTheTableCountsEachOutcomeOncePerScenario() {
        CliRun.Result r = CliRun.run("", "test", PASSING);

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(COVERAGE + "\n3 passed, 0 failed\n", r.out());
        onlyDateWarnings(r.err());
    }

    /**
     * The three fixture scenarios are dated 2023-09-18, 2024-06-03 and 2025-02-03, and their
     * applicants answer 1980-03-02, 1994-09-30, 2004-01-15 and 2027-05-01: none of these is on a day
     * next to any of the 14 boundaries of the bundled tables (offices 2023-06-11|12, 06-12|13,
     * 06-18|19, 10-17|18, 10-18|19, 2025-01-26|27; FRP 2023-07-09|10, 08-10|11, 11-15|16,
     * 2025-12-14|15; H-2 2022-11-09|10, 2023-11-08|09, 2024-11-07|08, 2025-11-07|08), so each lacks a
     * scenario: a warning each, exit unchanged; with --require-date-coverage, exit 1.
     */
    @Test
    void tableDatesWithoutScenariosAroundThemAreWarnedOfOrFailWithRequireDateCoverage() {
        CliRun.Result warned = CliRun.run("", "test", PASSING);
        CliRun.Result required = CliRun.run("", "test", "--require-date-coverage", PASSING);

        assertEquals(0, warned.exitCode(), warned.err());
        List<String> lines = warned.err().lines().toList();
        // 17 boundaries: the 14 of offices, FRP windows and H-2 tables, and CAM's opening day, the CAM
        // pending cutoff and the FRP entry cutoff of program-windows.csv and policy-values.csv (the
        // other dates there share a boundary with an office's)
        assertEquals(18, lines.size(), warned.err());
        assertTrue(lines.contains("test: warning: reference/offices.csv:2: lastDay 2025-01-26: no scenario dated "
                + "2025-01-26 (the day itself) or 2025-01-27 (the day after); the same boundary at "
                + "reference/offices.csv:3 lastDay, reference/offices.csv:4 lastDay, reference/offices.csv:5 lastDay "
                + "and 2 more"),
                warned.err());
        assertTrue(lines.contains("test: warning: reference/frp-windows.csv:8: opens 2023-11-16: no scenario dated "
                + "2023-11-15 (the day before) or 2023-11-16 (the day itself)"), warned.err());
        assertEquals("test: warning: 17 of 17 table date boundaries lack a scenario on a day next to them",
                lines.get(17));

        assertEquals(1, required.exitCode(), required.err());
        assertEquals(COVERAGE + "\n3 passed, 0 failed\n", required.out());
        assertEquals(warned.err().replace("test: warning: ", "test: --require-date-coverage: "), required.err());
    }

    @Test
    void aTableDateMovedWhereNoScenarioIsIsNamed() {
        // GT's last day moves to 2024-05-31: no scenario file of the rules module holds 2024-05-31 or
        // 2024-06-01, so that boundary alone lacks scenarios, one of the 17 of the bundled tables + 1
        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "test",
                "--rules", RuleFolders.gtClosedEarly().toString(), RuleFolders.RULES_SCENARIOS.toString());

        assertEquals(List.of(
                "test: warning: reference/offices.csv:2: lastDay 2024-05-31: no scenario dated 2024-05-31 (the day itself) "
                        + "or 2024-06-01 (the day after)",
                "test: warning: 1 of 18 table date boundaries lack a scenario on a day next to them"),
                r.err().lines().toList());
    }

    private static void onlyDateWarnings(String err) {
        assertTrue(err.lines().allMatch(l -> l.startsWith("test: warning: ")), err);
    }

    @Test
    void requireFullCoverageFailsOnTheGapsAndNamesThem() {
        CliRun.Result r = CliRun.run("", "test", "--require-full-coverage", PASSING);

        assertEquals(1, r.exitCode());
        assertEquals(COVERAGE + "\n3 passed, 0 failed\n", r.out());
        assertTrue(r.err().startsWith("test: --require-full-coverage: 29 of 39 criteria not seen both MET and NOT_MET: "
                + "ACC-AGE, ACC-C4-RESIDENCY, "), r.err());
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.endsWith(", H2B-NATIONALITY"), r.err());
        // then the table dates' warnings (see the next test)
        onlyDateWarnings(r.err().substring(first.length() + 1));
    }

    @Test
    void theRulesModuleScenariosAllPassOnAFolderCopyWithFullCoverage() {
        // cross-checks the classic-compiled folder engine against the precompiled one the rules
        // module's ScenarioTest runs these 376 scenarios on
        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "test", "--require-full-coverage",
                "--rules", RuleFolders.copy().toString(), RuleFolders.RULES_SCENARIOS.toString());

        assertEquals(0, r.exitCode(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("376 passed, 0 failed", lines.get(lines.size() - 1));
        assertTrue(r.out().contains("\nevery criterion seen both MET and NOT_MET\n"), r.out());
        assertFalse(r.out().contains("FAIL "), r.out());
        assertFalse(r.out().contains(" gap\n"), r.out());
        assertEquals(1 + 39 + 1 + 1 + 1, lines.size(), "header, 39 rows, coverage line, blank, summary:\n" + r.out());
        assertEquals("", r.err());
    }

    @Test
    void aChangedTableRowFailsExactlyTheScenariosThatDependOnIt() {
        // the GT office's last day moves to 2024-05-31: S1 (2024-06-03) loses access and with it H2A;
        // S2 (2025-02-03) was after the last day anyway; S3 is at the CR office
        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "test",
                "--rules", RuleFolders.gtClosedEarly().toString(), PASSING);

        assertEquals(1, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        // the scenario's name is on line 40 of its file
        assertEquals("FAIL " + Path.of(GUATEMALA) + ":40: Married Guatemalan, 29, with a 7-month seasonal farm offer and "
                + "approved certification: H2A only", lines.get(0));
        assertEquals("  access: expected ELIGIBLE but was NOT_ELIGIBLE", lines.get(1));
        assertEquals("  H2A: expected ELIGIBLE but was NOT_ELIGIBLE", lines.get(2));
        assertTrue(lines.get(3).startsWith("  ACC-OFFICE-OPEN: expected MET but was NOT_MET ("), lines.get(3));
        // one line, though the report shows SMO-ACCESS in all six pathways
        assertTrue(lines.get(4).startsWith("  SMO-ACCESS: expected MET but was NOT_MET ("), lines.get(4));
        assertEquals("", lines.get(5));
        assertEquals("criterion                 MET  NOT_MET  UNKNOWN", lines.get(6));
        assertTrue(lines.contains("ACC-OFFICE-OPEN             1        2        0"), r.out());
        assertTrue(lines.contains("SMO-ACCESS                  0        2        1  gap"), r.out());
        assertTrue(lines.contains("H2A-NATIONALITY             3        0        0  gap"), r.out());
        assertTrue(lines.contains("30 of 39 criteria not seen both MET and NOT_MET (gap)"), r.out());
        assertEquals("2 passed, 1 failed", lines.get(lines.size() - 1));
        onlyDateWarnings(r.err());
    }

    @Test
    void anApplicantRejectedOnItsAsOfDateFailsItsScenarioAndCountsForNothing() {
        // born 2024-03-01, screened as of 2024-02-01: the contract forbids a birth after the evaluation date
        CliRun.Result r = CliRun.run("", "test", "src/test/resources/test-command/rejected");

        assertEquals(1, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("FAIL " + Path.of("src/test/resources/test-command/rejected/born-later.json")
                + ":5: Born after the as-of date: rejected, so the scenario fails without a report", lines.get(0));
        assertTrue(lines.get(1).startsWith("  applicant rejected: dateOfBirth born-after-evaluation-date: "), lines.get(1));
        assertEquals("", lines.get(2));
        assertEquals(39, lines.stream().filter(l -> l.matches("[A-Z0-9-]+ +0 +0 +0  gap")).count(), r.out());
        assertTrue(lines.contains("39 of 39 criteria not seen both MET and NOT_MET (gap)"), r.out());
        assertEquals("0 passed, 1 failed", lines.get(lines.size() - 1));
        onlyDateWarnings(r.err());
    }

    @Test
    void oneScenarioFileMayBeGivenInsteadOfAFolder() {
        CliRun.Result r = CliRun.run("", "test", PASSING + "/costa-rica/nicaraguan.json");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\nACC-ARRIVAL-CUTOFF          0        0        1  gap\n"), r.out());
        assertTrue(r.out().endsWith("\n1 passed, 0 failed\n"), r.out());
    }

    @Test
    void malformedScenarioFilesAreUsageErrorsNamingFileLineAndPointer() {
        CliRun.Result r = CliRun.run("", "test", MALFORMED);

        Path broken = Path.of(MALFORMED, "broken.json");
        Path truncated = Path.of(MALFORMED, "truncated.json");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals(List.of(
                "test: " + broken + ":10: unknown-key: /scenarios/0/expekt: not a key of the scenario format; "
                        + "expected one of applicant, asOf, base, boundary, expect, name, patch",
                "test: " + broken + ":7: missing-key: /scenarios/0: needs expect (what the report must say)",
                "test: " + broken + ":15: bad-value: /scenarios/1/expect/criteria/ACC-AGE: must be one of MET, NOT_MET, UNKNOWN",
                "test: " + broken + ":19: unknown-base: /scenarios/2/base: names no entry of bases",
                "test: " + truncated + ":4: malformed-json: not well-formed JSON (column 3)",
                "test: 5 problems in the scenario files; nothing was run"), r.err().lines().toList());
    }

    @Test
    void aScenarioDirThatIsNotThereIsAUsageError() {
        CliRun.Result r = CliRun.run("", "test", PASSING, "src/test/resources/no-such-scenarios");

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("test: src/test/resources/no-such-scenarios: no such folder or file\n", r.err());
    }

    @Test
    void aFolderWithoutScenarioFilesIsAUsageError(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("notes.txt"), "not a scenario file");

        CliRun.Result r = CliRun.run("", "test", empty.toString());

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("test: no scenario in " + empty + " (scenario files end in .json)\n", r.err());
    }

    @Test
    void noScenarioDirIsAUsageError() {
        CliRun.Result r = CliRun.run("", "test");

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Missing required parameter: 'SCENARIO_DIR'"), r.err());
    }

    @Test
    void rulesThatDoNotBuildFailTheRunBeforeAnyScenario() {
        Path broken = RuleFolders.twoTypos();

        CliRun.Result r = CliRun.run(CliRun.SHARED_ENGINE, RuleFolders.ENGINES, "", "test",
                "--rules", broken.toString(), PASSING);

        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals("test: the rules in " + broken + " do not build: 2 problems", lines.get(0));
        assertTrue(lines.get(1).startsWith("  h2a.drl:"), r.err());
        assertTrue(lines.get(2).startsWith("  h2b.drl:"), r.err());
        assertEquals(3, lines.size(), r.err());
    }

    @Test
    void helpDescribesTheOutputAndTheExitCodes() {
        CliRun.Result r = CliRun.run("", "test", "--help");

        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("\nRun scenario files"), r.out());
        for (String expected : new String[] {"--rules=DIR", "--require-full-coverage", "SCENARIO_DIR...",
            "N passed, N failed", "MET, NOT_MET and UNKNOWN", "Exit codes:", "  0   every scenario passed",
            "  1   a scenario failed", "  2   invalid command line"}) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }
}
