package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.authoring.scenario.CoverageTable;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioRun;
import org.safemobility.eligibility.authoring.scenario.ScenarioRunner;
import org.safemobility.eligibility.testing.SharedFolder;

/**
 * Over all scenario files, every criterion ID of the policy is expected MET and NOT_MET at least
 * once, and UNKNOWN wherever it can be (ScenarioTest checks that each expectation holds); and the
 * reports themselves cover every criterion both ways, as {@code eligibility test
 * --require-full-coverage} demands.
 */
class CriterionCoverageTest {

    /** These read only the evaluation date and the office, which are always known. */
    private static final Set<String> NEVER_UNKNOWN = Set.of("ACC-OFFICE-OPEN", "REF-PROGRAM-OPEN", "CAM-PROGRAM-OPEN");

    private static final Pattern ID_ROW = Pattern.compile("^\\| ([A-Z0-9]+(?:-[A-Z0-9]+)+) \\|", Pattern.MULTILINE);

    static Set<String> policyCriterionIds() throws IOException {
        String policy = Files.readString(SharedFolder.projectRoot().resolve("docs/policy/screening-policy.md"));
        Set<String> ids = new TreeSet<>();
        Matcher m = ID_ROW.matcher(policy);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void policyTablesNameThirtyNineCriteria() throws IOException {
        // 7 access + SMO-ACCESS + 7 REF + 10 FRP + 5 CAM + 3 H1B + 3 H2A + 3 H2B = 39
        Set<String> ids = policyCriterionIds();
        assertEquals(39, ids.size(), () -> "criterion IDs read from the policy: " + ids);
    }

    @Test
    void everyCriterionIsExpectedMetNotMetAndUnknownWhereItCanBe() throws IOException {
        Map<String, Set<Outcome>> seen = new TreeMap<>();
        for (Scenario s : BundledScenarios.all()) {
            s.expect().criteria().forEach((id, outcome) ->
                    seen.computeIfAbsent(id, k -> EnumSet.noneOf(Outcome.class)).add(outcome));
        }
        List<String> gaps = new ArrayList<>();
        for (String id : policyCriterionIds()) {
            Set<Outcome> outcomes = seen.getOrDefault(id, EnumSet.noneOf(Outcome.class));
            Set<Outcome> required = NEVER_UNKNOWN.contains(id)
                    ? EnumSet.of(Outcome.MET, Outcome.NOT_MET) : EnumSet.allOf(Outcome.class);
            for (Outcome o : required) {
                if (!outcomes.contains(o)) {
                    gaps.add(id + " is never expected " + o);
                }
            }
        }
        assertTrue(gaps.isEmpty(), () -> "scenario coverage gaps:\n" + String.join("\n", gaps));
    }

    @Test
    void theReportsShowEveryPolicyCriterionBothWays() throws IOException {
        ScenarioRun run = ScenarioRunner.of(TestEngine.get()).runAll(BundledScenarios.all());
        CoverageTable coverage = run.coverage();

        assertEquals(BundledScenarios.all().size(), coverage.reports(), "every scenario was screened");
        assertEquals(policyCriterionIds(), new TreeSet<>(coverage.criteria()), "one row for each criterion of the policy");
        assertEquals(List.of(), coverage.gaps(), coverage::toText);
    }
}
