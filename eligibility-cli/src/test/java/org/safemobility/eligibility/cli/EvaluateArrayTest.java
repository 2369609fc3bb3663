package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.JSON;
import static org.safemobility.eligibility.cli.CliRun.PATHWAYS;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.pathways;
import static org.safemobility.eligibility.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluateArrayTest {

    @Test
    void anArrayGivesAnArrayOfReportsInTheSameOrder() {
        ArrayNode input = JSON.createArrayNode().add(example(3)).add(example(0)).add(example(10));

        CliRun.Result r = run(compact(input), "evaluate", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        JsonNode out = r.json();
        assertTrue(out.isArray());
        assertEquals(List.of("smo-gt-0004", "smo-gt-0001", "smo-cr-0001"), ids(out));
        for (JsonNode report : out) {
            assertEquals(PATHWAYS, pathways(report));
        }
        assertEquals("2024-09-16", out.get(0).get("evaluationDate").textValue());
        assertEquals("2023-08-28", out.get(2).get("evaluationDate").textValue());
    }

    @Test
    void anEmptyArrayGivesAnEmptyArray() {
        CliRun.Result r = run("[ ]", "evaluate", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("[]\n", r.out());
    }

    static Stream<Arguments> invalidApplicants() {
        return Stream.of(
                invalid("unknown property", a -> a.put("nickname", "x"), "nickname", "unknown-property"),
                invalid("wrong type", a -> a.put("maritalStatus", 42), "maritalStatus", "wrong-type"),
                invalid("lower-case country", a -> a.putArray("nationalities").add("sv"),
                        "nationalities[0]", "lower-case-country"),
                invalid("unassigned country", a -> a.putArray("nationalities").add("XX"),
                        "nationalities[0]", "unassigned-country"),
                invalid("malformed date", a -> a.put("dateOfBirth", "10/03/2005"), "dateOfBirth", "malformed-date"),
                invalid("impossible date", a -> a.put("dateOfBirth", "2005-02-30"), "dateOfBirth", "malformed-date"),
                invalid("experience out of range", a -> ((ObjectNode) a.get("employment")).put("experienceYears", 81),
                        "employment.experienceYears", "out-of-range"),
                invalid("born after the application date", a -> a.put("dateOfBirth", "2024-04-23"),
                        "dateOfBirth", "born-after-evaluation-date"));
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> breakIt, String field, String code) {
        return Arguments.of(name, breakIt, field, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidApplicants")
    void anInvalidApplicantBecomesAnErrorObjectInItsPlace(String name, Consumer<ObjectNode> breakIt,
                                                         String field, String code) {
        ObjectNode broken = example(1); // smo-gt-0002, applicationDate 2024-04-22
        breakIt.accept(broken);
        ArrayNode input = JSON.createArrayNode().add(example(0)).add(broken).add(example(2));

        CliRun.Result r = run(compact(input), "evaluate", "-");

        assertEquals(2, r.exitCode(), r.err());
        JsonNode out = r.json();
        assertEquals(3, out.size());
        assertEquals("smo-gt-0001", out.get(0).get("applicantId").textValue());
        assertEquals(PATHWAYS, pathways(out.get(0)));
        assertEquals("smo-gt-0003", out.get(2).get("applicantId").textValue());
        assertEquals(PATHWAYS, pathways(out.get(2)));

        JsonNode error = out.get(1);
        assertEquals(List.of("applicantId", "errors"), fieldNames(error));
        assertEquals("smo-gt-0002", error.get("applicantId").textValue());
        assertEquals(1, error.get("errors").size(), error.toString());
        JsonNode violation = error.get("errors").get(0);
        assertEquals(List.of("field", "code", "message"), fieldNames(violation));
        assertEquals(field, violation.get("field").textValue());
        assertEquals(code, violation.get("code").textValue());
        assertFalse(violation.get("message").textValue().isBlank());

        assertTrue(r.err().contains("evaluate: applicant [1] (id smo-gt-0002): " + field + " " + code + ": "),
                r.err());
        assertTrue(r.err().contains("1 of 3 applicants invalid"), r.err());
    }

    @Test
    void anElementThatIsNoObjectIsAnErrorInItsPlace() {
        ArrayNode input = JSON.createArrayNode().add(example(0)).add(42).add("text");

        CliRun.Result r = run(compact(input), "evaluate", "-");

        assertEquals(2, r.exitCode());
        JsonNode out = r.json();
        assertEquals("smo-gt-0001", out.get(0).get("applicantId").textValue());
        for (int i = 1; i <= 2; i++) {
            assertTrue(out.get(i).get("applicantId").isNull());
            assertEquals("", out.get(i).get("errors").get(0).get("field").textValue());
            assertEquals("wrong-type", out.get(i).get("errors").get(0).get("code").textValue());
        }
        assertTrue(r.err().contains("evaluate: applicant [2]: (document) wrong-type"), r.err());
    }

    @Test
    void prettyArrayHoldsTheSameValues() {
        ArrayNode input = JSON.createArrayNode().add(example(0)).add(example(1).put("office", "XX"));

        CliRun.Result compactRun = run(compact(input), "evaluate", "-");
        CliRun.Result prettyRun = run(compact(input), "evaluate", "--pretty", "-");

        assertEquals(2, prettyRun.exitCode());
        assertTrue(prettyRun.out().startsWith("[ {"), prettyRun.out().substring(0, 20));
        assertTrue(prettyRun.out().endsWith("} ]\n"));
        assertEquals(compactRun.json(), prettyRun.json());
        assertEquals("not-in-enum", prettyRun.json().get(1).get("errors").get(0).get("code").textValue());
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("applicantId").textValue()));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
