package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioResult;
import org.safemobility.eligibility.authoring.scenario.ScenarioRunner;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * Runs every hand-written scenario file as JUnit dynamic tests, one container per file, with the
 * scenario runner of eligibility-authoring (the one the CLI's {@code test} command uses). Each
 * applicant must also follow applicant.schema.json, and each report report.schema.json.
 */
class ScenarioTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        Map<String, List<Scenario>> byFile = new LinkedHashMap<>();
        for (Scenario s : BundledScenarios.all()) {
            byFile.computeIfAbsent(BundledScenarios.file(s), f -> new ArrayList<>()).add(s);
        }
        assertTrue(byFile.size() >= 10, "expected the scenario files of every subject, found " + byFile.keySet());
        ScenarioRunner runner = ScenarioRunner.of(TestEngine.get());
        return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> run(runner, s)))));
    }

    private static void run(ScenarioRunner runner, Scenario s) {
        assertEquals(List.of(), SchemaCheck.APPLICANT.violations(s.applicant()),
                "the scenario's applicant must follow applicant.schema.json");
        ScenarioResult result = runner.run(s);
        assertNotNull(result.report(), () -> s + " was not screened: " + result.differences());
        TestEngine.checked(result.report());
        assertTrue(result.passed(), () -> s + "\n  " + String.join("\n  ", result.differences()));
    }
}
