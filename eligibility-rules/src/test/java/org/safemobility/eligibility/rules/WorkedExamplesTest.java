package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * The product owner's worked examples reproduce exactly: statuses, every criterion's outcome in
 * report order, missing paths, and missingInformation. Reasons, citations, rule names and the
 * ruleset version are left out, as the examples leave them out.
 */
class WorkedExamplesTest {

    static final Path DIR = Path.of("src/test/resources/contract-examples");

    @TestFactory
    Stream<DynamicTest> workedExamplesReproduce() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.toString().endsWith(".applicant.json")).sorted().toList();
        }
        assertEquals(8, inputs.size(), "the contract has eight worked examples");
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            Path expectedFile = Path.of(input.toString().replace(".applicant.json", ".expected.json"));
            EligibilityReport report = TestEngine.evaluate(EligibilityJson.readApplicant(Files.readString(input)));
            JsonNode actual = Json.MAPPER.readTree(EligibilityJson.writeReport(report));
            assertEquals(List.of(), SchemaCheck.REPORT.violations(actual));
            // the report states its language; the contract's examples predate the field, whose absence means en
            assertEquals("en", actual.get("language").textValue());
            JsonNode expected = Json.MAPPER.readTree(expectedFile.toFile());
            assertEquals(expected.toPrettyString(), withoutUnfixedFields(actual).toPrettyString());
        }));
    }

    /** Drops what the policy does not fix word for word, as the worked examples do. */
    private static JsonNode withoutUnfixedFields(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("rulesetVersion");
        copy.remove("language");
        strip((ArrayNode) copy.get("access").get("criteria"));
        for (JsonNode p : copy.get("pathways")) {
            ((ObjectNode) p).remove("notes");
            strip((ArrayNode) p.get("criteria"));
        }
        for (JsonNode m : copy.get("missingInformation")) {
            ((ObjectNode) m).remove("question");
        }
        return copy;
    }

    private static void strip(ArrayNode criteria) {
        for (JsonNode c : criteria) {
            ((ObjectNode) c).remove(List.of("reason", "citation", "rule"));
        }
    }
}
