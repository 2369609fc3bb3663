package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;
import org.safemobility.eligibility.testkit.Interview;
import org.safemobility.eligibility.testkit.QuestionOrder;

/**
 * The eight worked examples, interviewed from scratch in the engine's order (in English and in
 * Spanish), each answering from its applicant file and declining what the file lacks: every
 * interview ends, and with the statuses the example's expected file states.
 */
class WorkedExamplesInterviewTest {

    @TestFactory
    Stream<DynamicTest> workedExamplesInterviewedFromScratchEndWithTheirExpectedStatuses() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(WorkedExamplesTest.DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".applicant.json")).sorted().toList();
        }
        assertEquals(8, inputs.size(), "the contract has eight worked examples");
        return inputs.stream().flatMap(input -> Stream.of("en", "es").map(lang ->
                DynamicTest.dynamicTest(input.getFileName() + " (" + lang + ")", () -> {
                    Applicant applicant = EligibilityJson.readApplicant(Files.readString(input));
                    JsonNode expected = Json.MAPPER.readTree(
                            Path.of(input.toString().replace(".applicant.json", ".expected.json")).toFile());
                    Interview.Run run = Interview.run(TestEngine.get(), applicant, null, Locale.forLanguageTag(lang),
                            QuestionOrder.ENGINE);
                    assertTrue(run.ended(), () -> "the interview did not end: " + run.askedFields());
                    assertEquals(expectedStatuses(expected), statuses(run.finalReport()),
                            () -> "asked " + run.askedFields() + ", declined " + run.last().declined());
                })));
    }

    private static Map<String, String> expectedStatuses(JsonNode expected) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ACCESS", expected.get("access").get("status").asText());
        for (JsonNode p : expected.get("pathways")) {
            out.put(p.get("pathway").asText(), p.get("status").asText());
        }
        return out;
    }

    private static Map<String, String> statuses(EligibilityReport report) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ACCESS", report.access().status().name());
        for (PathwayResult p : report.pathways()) {
            out.put(p.pathway().name(), p.status().name());
        }
        return out;
    }
}
