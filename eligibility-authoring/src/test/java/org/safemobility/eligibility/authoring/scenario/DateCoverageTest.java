package org.safemobility.eligibility.authoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.authoring.TableDate;

/**
 * A table date is covered when scenarios sit on the two days around its boundary: X-1 and X for a
 * first day (from, opens), X and X+1 for a last day or cutoff (to, lastDay, arrivalCutoff, ...).
 */
class DateCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TableDate OPENS = new TableDate("reference/offices.csv", 2, "opens", LocalDate.of(2023, 6, 12));
    private static final TableDate LAST_DAY = new TableDate("reference/offices.csv", 2, "lastDay",
            LocalDate.of(2025, 1, 26));

    @Test
    void aFirstDayNeedsTheDayBeforeAndTheDayItself() {
        assertEquals(List.of(), gaps(List.of(OPENS), on("2023-06-11"), on("2023-06-12")));
        assertEquals(List.of("reference/offices.csv:2: opens 2023-06-12: no scenario dated 2023-06-11 (the day before)"),
                gaps(List.of(OPENS), on("2023-06-12"), on("2023-06-13")));
        assertEquals(List.of("reference/offices.csv:2: opens 2023-06-12: no scenario dated 2023-06-12 (the day itself)"),
                gaps(List.of(OPENS), on("2023-06-10"), on("2023-06-11")));
    }

    @Test
    void aLastDayNeedsTheDayItselfAndTheDayAfter() {
        assertEquals(List.of(), gaps(List.of(LAST_DAY), on("2025-01-26"), on("2025-01-27")));
        assertEquals(List.of("reference/offices.csv:2: lastDay 2025-01-26: no scenario dated 2025-01-27 (the day after)"),
                gaps(List.of(LAST_DAY), on("2025-01-25"), on("2025-01-26")));
        assertEquals(List.of("reference/offices.csv:2: lastDay 2025-01-26: no scenario dated 2025-01-26 (the day itself) "
                + "or 2025-01-27 (the day after)"), gaps(List.of(LAST_DAY)));
    }

    @Test
    void aDateTheApplicantAnswersCountsAsWellAsTheEvaluationDate() {
        // the arrival cutoff is compared with the arrival date: scenarios arriving on the cutoff and the day after
        TableDate cutoff = new TableDate("reference/offices.csv", 3, "arrivalCutoff", LocalDate.of(2023, 6, 12));
        Scenario onCutoff = scenario("{\"applicationDate\":\"2024-01-10\",\"residence\":{\"arrivalDate\":\"2023-06-12\"}}", null);
        Scenario dayAfter = scenario("{\"applicationDate\":\"2024-01-10\",\"residence\":{\"arrivalDate\":\"2023-06-13\"}}", null);
        assertEquals(List.of(), gaps(List.of(cutoff), onCutoff, dayAfter));
        // asOf counts only for an applicant without applicationDate
        Scenario asOfIgnored = scenario("{\"applicationDate\":\"2024-01-10\"}", LocalDate.of(2023, 6, 13));
        assertEquals(List.of("reference/offices.csv:3: arrivalCutoff 2023-06-12: no scenario dated 2023-06-13 (the day after)"),
                gaps(List.of(cutoff), onCutoff, asOfIgnored));
    }

    @Test
    void cellsGivingOneBoundaryAreReportedOnceWithEveryPlace() {
        // a last day 2023-06-11 and a first day 2023-06-12 are the same boundary
        TableDate other = new TableDate("reference/offices.csv", 4, "arrivalCutoff", LocalDate.of(2023, 6, 11));
        TableDate again = new TableDate("reference/offices.csv", 3, "opens", LocalDate.of(2023, 6, 12));
        DateCoverage coverage = DateCoverage.of(List.of(OPENS, again, other), List.of(on("2023-06-11")));
        assertEquals(1, coverage.boundaries());
        assertEquals(List.of("reference/offices.csv:2: opens 2023-06-12: no scenario dated 2023-06-12 (the day itself); "
                + "the same boundary at reference/offices.csv:3 opens, reference/offices.csv:4 arrivalCutoff 2023-06-11"),
                coverage.gaps().stream().map(DateCoverage.Gap::toString).toList());
    }

    private static List<String> gaps(List<TableDate> dates, Scenario... scenarios) {
        return DateCoverage.of(dates, List.of(scenarios)).gaps().stream().map(DateCoverage.Gap::toString).toList();
    }

    private static Scenario on(String date) {
        return scenario("{\"applicationDate\":\"" + date + "\"}", null);
    }

    private static Scenario scenario(String applicant, LocalDate asOf) {
        try {
            JsonNode node = JSON.readTree(applicant);
            return new Scenario(Path.of("s.json"), "s", node, asOf, null,
                    Expectations.NONE, 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
