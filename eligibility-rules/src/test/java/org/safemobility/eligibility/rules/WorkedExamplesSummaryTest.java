package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * The summaries of the product owner's worked examples state what their expected reports state:
 * the id, the evaluation date, every status and the fields of the missing information, in order.
 * Expectations are read from the contract's {@code expected.json} files, never from the engine.
 */
class WorkedExamplesSummaryTest {

    @Test
    void summariesStateTheWorkedExamplesStatusesAndMissingFields() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(WorkedExamplesTest.DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".applicant.json")).sorted().toList();
        }
        assertEquals(8, inputs.size(), "the contract has eight worked examples");
        List<Applicant> applicants = new ArrayList<>();
        for (Path input : inputs) {
            applicants.add(EligibilityJson.readApplicant(Files.readString(input)));
        }
        // every example has an application date, so the as-of date changes nothing
        List<ScreeningResult> results = TestEngine.get().summarizeEach(applicants, LocalDate.of(2030, 1, 1));
        assertEquals(inputs.size(), results.size());
        for (int i = 0; i < inputs.size(); i++) {
            Path expectedFile = Path.of(inputs.get(i).toString().replace(".applicant.json", ".expected.json"));
            JsonNode expected = Json.MAPPER.readTree(expectedFile.toFile());
            ScreeningSummary summary = assertInstanceOf(ScreeningResult.Summarized.class, results.get(i)).summary();
            String name = inputs.get(i).getFileName().toString();
            assertEquals(expected.get("applicantId").textValue(), summary.applicantId(), name);
            assertEquals(LocalDate.parse(expected.get("evaluationDate").textValue()), summary.evaluationDate(), name);
            assertEquals(Status.valueOf(expected.get("access").get("status").textValue()), summary.access(), name);
            Map<Pathway, Status> statuses = new EnumMap<>(Pathway.class);
            for (JsonNode p : expected.get("pathways")) {
                statuses.put(Pathway.valueOf(p.get("pathway").textValue()), Status.valueOf(p.get("status").textValue()));
            }
            assertEquals(statuses, summary.pathways(), name);
            List<String> fields = new ArrayList<>();
            expected.get("missingInformation").forEach(m -> fields.add(m.get("field").textValue()));
            assertEquals(fields, summary.missingFields(), name);
            assertEquals(TestEngine.get().rulesetVersion(), summary.rulesetVersion(), name);
        }
    }

    @Test
    void theSummaryLineNamesEveryScopeOnceInPathwayOrder() throws IOException {
        Applicant applicant = EligibilityJson.readApplicant(
                Files.readString(WorkedExamplesTest.DIR.resolve("03-salvadoran-seasonal-farmworker.applicant.json")));
        ScreeningSummary summary = TestEngine.get().evaluate(applicant).summary();
        JsonNode line = Json.MAPPER.readTree(EligibilityJson.writeSummary(summary));
        List<String> keys = new ArrayList<>();
        line.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("applicantId", "evaluationDate", "rulesetVersion", "access", "REFUGEE_RESETTLEMENT",
                "FAMILY_REUNIFICATION_PAROLE", "CENTRAL_AMERICAN_MINORS", "H1B", "H2A", "H2B", "missingFields"), keys);
        // worked example 3 (policy section 7, H-2A): a seasonal farmworker with a certified offer
        assertEquals("ELIGIBLE", line.get("H2A").textValue());
        assertEquals("NOT_ELIGIBLE", line.get("REFUGEE_RESETTLEMENT").textValue());
    }
}
