package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.authoring.RuleLinter;
import org.safemobility.eligibility.authoring.TableDate;
import org.safemobility.eligibility.authoring.scenario.DateCoverage;
import org.safemobility.eligibility.authoring.scenario.Scenario;

/**
 * Every date boundary of the policy is crossed on both sides by some scenario. Every date of the
 * reference tables (office windows, arrival cutoffs, FRP windows, the H-2 list periods, and any
 * date an analyst adds to a table) is checked generically, as {@code eligibility test
 * --require-date-coverage} checks it: a scenario on each of the two days around it. The list below
 * keeps the boundaries that are not table dates: ages (numbers of policy-values.csv, compared
 * with a date of birth), the five-year removal window counted back from D, the passport expiry
 * compared with D. Every date the policy names is a table date, covered by the generic check.
 */
class BoundaryCoverageTest {

    private static final Path RULES = Path.of("src/main/resources/org/safemobility/eligibility/rules");

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("age 18", List.of("before", "on")),
            Map.entry("age 21", List.of("before", "on")),
            Map.entry("CAM parent age 18", List.of("before", "on")),
            Map.entry("FRP removal five years", List.of("before", "on")),
            Map.entry("FRP passport expiry", List.of("before", "on")));

    @Test
    void everyTableDateHasAScenarioOnEachOfTheTwoDaysAroundIt() {
        List<TableDate> dates = RuleLinter.tableDates(RULES);
        // the tables of today: 4 offices x 2 or 3 dates, 7 FRP windows x 2, 6 H-2 periods x 2, 39 H-2 rows x 2,
        // 2 program windows (3 dates), 3 dates of policy-values.csv
        assertTrue(dates.size() >= 4 * 2 + 3 + 7 * 2 + 6 * 2 + 39 * 2 + 3 + 3, () -> "table dates found: " + dates.size());
        List<DateCoverage.Gap> gaps = DateCoverage.of(dates, BundledScenarios.all()).gaps();
        assertTrue(gaps.isEmpty(), () -> "table dates without a scenario on a day next to them:\n"
                + String.join("\n", gaps.stream().map(DateCoverage.Gap::toString).toList()));
    }

    @Test
    void everyPolicyDateBoundaryOutsideTheTablesIsCrossedOnBothSides() {
        Set<String> labels = new TreeSet<>();
        for (Scenario s : BundledScenarios.all()) {
            if (s.boundary() != null) {
                labels.add(s.boundary());
            }
        }
        List<String> gaps = new ArrayList<>();
        REQUIRED.forEach((id, sides) -> sides.forEach(side -> {
            if (!labels.contains(id + " " + side)) {
                gaps.add(id + " " + side);
            }
        }));
        assertTrue(gaps.isEmpty(), () -> "no scenario on: " + gaps + "\nlabels seen: " + labels);
    }
}
