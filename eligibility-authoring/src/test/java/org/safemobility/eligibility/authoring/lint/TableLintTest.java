package org.safemobility.eligibility.authoring.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safemobility.eligibility.authoring.lint.LintFixtures.where;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.RuleLinter;

/**
 * The checks of criteria.csv and the reference tables: one fixture per refused row (a table of
 * {@code lint/base} replaced by {@code lint/<case>/}), each reported once at its line (the header
 * is line 1; line 0 is the table as a whole).
 */
class TableLintTest {

    private static final String OFFICES = "reference/offices.csv";
    private static final String SERVED = "reference/served-nationalities.csv";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-citation        | reference/frp-windows.csv:3: missing-citation
            bad-dates-order         | reference/frp-windows.csv:3: bad-dates
            bad-dates-format        | reference/frp-windows.csv:3: bad-dates
            unknown-country         | reference/served-nationalities.csv:6: unknown-country
            unknown-office          | reference/offices.csv:6: unknown-office
            unknown-office-criteria | criteria.csv:2: unknown-office
            overlap-served          | reference/served-nationalities.csv:6: overlap
            overlap-h2-countries    | reference/h2-countries.csv:5: overlap
            overlap-h2-periods      | reference/h2-periods.csv:3: overlap
            overlap-frp             | reference/frp-windows.csv:4: overlap
            overlap-offices         | reference/offices.csv:6: overlap
            duplicate-office        | reference/offices.csv:6: duplicate
            gap-office              | reference/offices.csv:0: gap
            gap-arrival-cutoff      | reference/offices.csv:3: gap
            gap-served-no-rows      | reference/served-nationalities.csv:0: gap
            gap-served-between-rows | reference/served-nationalities.csv:2: gap
            gap-served-at-end       | reference/served-nationalities.csv:5: gap
            gap-h2-periods          | reference/h2-periods.csv:4: gap
            outside-period          | reference/h2-countries.csv:5: outside-period
            bad-header              | reference/frp-windows.csv:1: bad-header
            bad-row-program         | reference/h2-periods.csv:5: bad-row
            bad-row-blank-line      | reference/served-nationalities.csv:4: bad-row
            bad-row-scope           | criteria.csv:5: bad-row
            unreadable              | reference/frp-windows.csv:3: unreadable
            undecided-criterion     | criteria.csv:5: undecided-criterion
            values-bad-enum         | reference/policy-values.csv:3: bad-row
            values-bad-number       | reference/policy-values.csv:2: bad-row
            values-mixed-kinds      | reference/policy-values.csv:4: bad-row
            values-gap-date         | reference/policy-values.csv:5: gap
            values-overlap-number   | reference/policy-values.csv:7: overlap
            values-overlap-list     | reference/policy-values.csv:7: overlap
            unread-value            | reference/policy-values.csv:7: unread-value
            program-duplicate       | reference/program-windows.csv:3: duplicate
            program-unknown         | reference/program-windows.csv:3: bad-row
            unknown-reference-name  | case.drl:19: unknown-reference
            unknown-reference-kind  | case.drl:19: unknown-reference
            unknown-reference-program | case.drl:19: unknown-reference
            """)
    void eachRefusedRowIsReportedAtItsLine(String fixture, String expected) {
        List<Problem> problems = RuleLinter.lint(LintFixtures.folder(dir, fixture));
        assertEquals(List.of(expected), where(problems), problems::toString);
    }

    @Test
    void aValueOfAnUnknownKindIsRefusedAndTheRuleReadingItIsToo() {
        // line 2 names the kind "integer"; base.drl reads ADULT-AGE with refs.number
        assertEquals(List.of("base.drl:20: unknown-reference", "reference/policy-values.csv:2: bad-row"),
                where(RuleLinter.lint(LintFixtures.folder(dir, "values-bad-kind"))));
    }

    @Test
    void aMisspeltNameIsReportedWithTheNearestOne() {
        assertEquals("case.drl:19: unknown-reference: no value named HOST-STATUS in reference/policy-values.csv; "
                + "did you mean HOST-STATUSES?", only("unknown-reference-name").toString());
        assertEquals("case.drl:19: unknown-reference: refs.number reads ARRIVAL-CUTOFF, but reference/policy-values.csv "
                + "line 5 makes it a date (read it with refs.date)", only("unknown-reference-kind").toString());
    }

    @Test
    void aDateMustHaveExactlyOneValueOnEveryDay() {
        assertEquals("reference/policy-values.csv:5: gap: ARRIVAL-CUTOFF has no value from 2023-12-31 to 2023-12-31, "
                + "between line 5 and line 6", only("values-gap-date").toString());
        assertEquals("reference/policy-values.csv:3: bad-row: value ASYLUM_SEKER is not a ResidenceStatus (CITIZEN, "
                + "PERMANENT_RESIDENT, TEMPORARY_RESIDENT, REGULARIZATION_IN_PROCESS, ASYLUM_SEEKER, RECOGNIZED_REFUGEE, "
                + "IRREGULAR)", only("values-bad-enum").toString());
    }

    @Test
    void anOverlapIsReportedAtTheLaterRowAndNamesTheEarlierOne() {
        // line 6 (CR serves NI from 2024-01-01) overlaps line 2 (CR serves NI, open at both ends)
        assertEquals("reference/served-nationalities.csv:6: overlap: CR serving NI from 2024-01-01 to (open) overlaps "
                        + "line 2 ((open) to (open)); a key may have one row in force per day",
                only("overlap-served").toString());
    }

    @Test
    void anOverlapOfOneDayCounts() {
        // both ends are inclusive: a second GT row for 2024-11-07 only repeats the last day of line 2
        assertEquals("reference/h2-countries.csv:5: overlap: H2A listing GT from 2024-11-07 to 2024-11-07 overlaps "
                        + "line 2 (2022-11-10 to 2024-11-07); a key may have one row in force per day",
                only("overlap-h2-countries").toString());
    }

    @Test
    void aGapNamesTheUncoveredDays() {
        // CR serves NI through 2023-12-31 and VE from 2024-02-01: January 2024 is uncovered
        assertEquals("reference/served-nationalities.csv:2: gap: office CR serves no nationality from 2024-01-01 to "
                        + "2024-01-31, within its window 2023-06-12 to 2025-01-26 (offices.csv line 3)",
                only("gap-served-between-rows").toString());
        // EC's only row ends 2024-12-31; the office's last day is 2025-01-26
        assertEquals("reference/served-nationalities.csv:5: gap: office EC serves no nationality from 2025-01-01 to "
                        + "2025-01-26, within its window 2023-10-18 to 2025-01-26 (offices.csv line 5)",
                only("gap-served-at-end").toString());
        // H2B periods: line 4 ends 2023-11-08, line 5 starts 2023-11-10
        assertEquals("reference/h2-periods.csv:4: gap: no H2B period covers 2023-11-09 to 2023-11-09, between the "
                        + "period at line 4 and the one at line 5; each period ends the day before the next starts",
                only("gap-h2-periods").toString());
    }

    @Test
    void anOfficeWithoutServedNationalitiesWhereAccNationalityAppliesIsAGap() {
        assertEquals("reference/served-nationalities.csv:0: gap: no row for office EC, where ACC-NATIONALITY applies "
                + "(criteria.csv line 3)", only("gap-served-no-rows").toString());
    }

    @Test
    void outsidePeriodNamesTheDaysWithoutAPeriod() {
        // H2B's only period ends 2023-11-08; the BO row runs 2023-11-09 to 2024-11-07
        assertEquals("reference/h2-countries.csv:5: outside-period: H2B lists BO from 2023-11-09 to 2024-11-07, when no "
                        + "H2B period of h2-periods.csv is in force; add the period, or the country stays off the list those days",
                only("outside-period").toString());
    }

    @Test
    void aTableSavedByASpreadsheetReadsTheSameWithItsLines() throws Exception {
        // a byte-order mark, CRLF line ends, and a quoted citation over two lines (lines 2 and 3)
        Path folder = LintFixtures.folder(dir, "base");
        java.nio.file.Files.writeString(folder.resolve(OFFICES), "\uFEFFoffice,opens,lastDay,arrivalCutoff,citation\r\n"
                + "GT,2023-06-12,2025-01-26,,\"U.S.-Guatemala launch notice\r\n(2023-06-12)\"\r\n"
                + "CR,2023-06-12,2025-01-26,2023-06-12,\"movilidadsegura.org, Costa Rica\"\r\n"
                + "CO,2023-06-19,2025-01-26,2023-06-11,\"movilidadsegura.org, Colombia\"\r\n"
                + "EC,2023-10-18,2025-01-26,,\"movilidadsegura.org, Ecuador\"\r\n");

        // EC, on line 6, lacks the arrival cutoff ACC-ARRIVAL-CUTOFF needs: nothing else is wrong
        assertEquals(List.of(OFFICES + ":6: gap"), where(RuleLinter.lint(folder)));
    }

    // -- the bundled tables, as an analyst edits them ------------------------------------------

    @Test
    void guatemalaServingOnlyGuatemalansFromAugust2023LintsClean() {
        // The Guatemala office took only Guatemalan nationals from 2023-08-01; before that no
        // nationality list applied there. Not a gap: a list that starts later is a policy change.
        Path folder = LintFixtures.bundledCopy(dir);
        LintFixtures.append(folder.resolve(SERVED), "GT,GT,2023-08-01,,\"press report of the GT office's change\"");
        LintFixtures.replace(folder.resolve("criteria.csv"), "ACCESS,ACC-NATIONALITY,CR CO EC,",
                "ACCESS,ACC-NATIONALITY,GT CR CO EC,");

        assertEquals(List.of(), RuleLinter.lint(folder));
    }

    @Test
    void guatemalaUnderAccNationalityWithoutAnyRowIsAGap() {
        Path folder = LintFixtures.bundledCopy(dir);
        LintFixtures.replace(folder.resolve("criteria.csv"), "ACCESS,ACC-NATIONALITY,CR CO EC,",
                "ACCESS,ACC-NATIONALITY,GT CR CO EC,");

        assertEquals(List.of(SERVED + ":0: gap"), where(RuleLinter.lint(folder)));
    }

    @Test
    void guatemalaServingGuatemalansOnlyUntilTheEndOf2023LeavesAGapToItsLastDay() {
        // rows start 2023-08-01 and end 2023-12-31; the office's last day is 2025-01-26
        Path folder = LintFixtures.bundledCopy(dir);
        LintFixtures.append(folder.resolve(SERVED), "GT,GT,2023-08-01,2023-12-31,\"press report\"");
        int line = lines(folder.resolve(SERVED));

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(SERVED + ":" + line + ": gap"), where(problems));
        assertEquals("office GT serves no nationality from 2024-01-01 to 2025-01-26, within its window 2023-06-12 "
                + "to 2025-01-26 (offices.csv line 2)", problems.get(0).message());
    }

    @Test
    void closingAnOfficeEarlierLintsClean() {
        // rules-authoring.md: "Close the Guatemala office earlier: change lastDay of the GT row"
        Path folder = LintFixtures.bundledCopy(dir);
        LintFixtures.replace(folder.resolve(OFFICES), "GT,2023-06-12,2025-01-26,", "GT,2023-06-12,2024-06-30,");

        assertEquals(List.of(), RuleLinter.lint(folder));
    }

    private Problem only(String fixture) {
        List<Problem> problems = RuleLinter.lint(LintFixtures.folder(dir, fixture));
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static int lines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
