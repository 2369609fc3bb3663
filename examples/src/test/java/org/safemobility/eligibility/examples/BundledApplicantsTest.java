package org.safemobility.eligibility.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * The bundled applicants give the statuses worked out by hand in {@code examples/data/README.md},
 * and together cover every pathway as ELIGIBLE and as POSSIBLY_ELIGIBLE.
 */
class BundledApplicantsTest {

    private static final Path DATA = Path.of("data");

    @Test
    void everyBundledApplicantGetsTheHandDerivedStatuses() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DATA.resolve("README.md"))) {
            if (line.startsWith("| smo-")) {
                String[] cells = line.split("\\|");
                List<String> statuses = new ArrayList<>();
                for (int i = cells.length - 7; i < cells.length; i++) {
                    statuses.add(cells[i].strip());
                }
                expected.put(cells[1].strip(), statuses);
            }
        }
        List<String> lines = Files.readAllLines(DATA.resolve("applicants.jsonl"));
        assertEquals(lines.size(), expected.size(), "one README row per applicant");
        assertTrue(lines.size() >= 20);
        EligibilityEngine engine = EligibilityEngine.builder().build();
        List<String> differences = new ArrayList<>();
        for (String json : lines) {
            EligibilityReport report = engine.evaluate(EligibilityJson.readApplicant(json));
            assertEquals(List.of(), SchemaCheck.REPORT.violations(
                    new ObjectMapper().readTree(EligibilityJson.writeReport(report))), report.applicantId());
            List<String> actual = new ArrayList<>();
            actual.add(report.access().status().name());
            report.pathways().stream().map(PathwayResult::status).map(Enum::name).forEach(actual::add);
            if (!actual.equals(expected.get(report.applicantId()))) {
                differences.add(report.applicantId() + ": expected " + expected.get(report.applicantId()) + " but was " + actual);
            }
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
    }
}
