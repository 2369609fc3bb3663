package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testing.SchemaCheck;

/** Runs every hand-written scenario file as a JUnit dynamic test, one container per file. */
class ScenarioTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        Map<String, List<Scenario>> byFile = new LinkedHashMap<>();
        for (Scenario s : Scenario.all()) {
            byFile.computeIfAbsent(s.file(), f -> new java.util.ArrayList<>()).add(s);
        }
        assertTrue(byFile.size() >= 10, "expected the scenario files of every subject, found " + byFile.keySet());
        return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> run(s)))));
    }

    private static void run(Scenario s) throws Exception {
        assertEquals(List.of(), SchemaCheck.APPLICANT.violations(s.applicant()),
                "the scenario's applicant must follow applicant.schema.json");
        Applicant applicant = EligibilityJson.readApplicant(Json.MAPPER.writeValueAsString(s.applicant()));
        EligibilityReport report = TestEngine.evaluate(applicant, s.asOf());
        assertEquals(List.of(), SchemaCheck.REPORT.violations(Json.MAPPER.readTree(EligibilityJson.writeReport(report))),
                "every report follows report.schema.json");
        List<String> diffs = ReportExpectations.differences(report, s.expect());
        assertTrue(diffs.isEmpty(), () -> s + "\n  " + String.join("\n  ", diffs));
    }
}
