package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.JSON;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * {@code eligibility questions}: expectations from the policy (section 2 for the access gate); every
 * answer printed is checked against questions.schema.json by {@link CliRun}.
 */
class QuestionsCommandTest {

    /** The fields behind Costa Rica's access criteria (policy section 2), ACC-OFFICE-OPEN needing none. */
    private static final Set<String> CR_ACCESS_FIELDS = Set.of("dateOfBirth", "residence.country", "nationalities",
            "residence.arrivalDate", "residence.status");

    @TempDir
    Path dir;

    @Test
    void aCostaRicanWithOnlyIdAndOfficeIsFirstAskedWhatDecidesAccess() {
        CliRun.Result r = run(request(costaRican(), null), "questions", "--as-of", "2024-03-01", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        JsonNode answer = r.json();
        assertEquals("smo-cr-0001", answer.get("applicantId").textValue());
        assertEquals("en", answer.get("language").textValue());
        List<JsonNode> questions = list(answer.get("questions"));
        // access gates every pathway: its five open fields come first, each able to change ACCESS
        Set<String> firstFive = Set.copyOf(fields(questions.subList(0, 5)));
        assertEquals(CR_ACCESS_FIELDS, firstFive);
        for (JsonNode q : questions.subList(0, 5)) {
            assertTrue(scopes(q).contains("ACCESS"), q.toString());
        }
        JsonNode dateOfBirth = question(questions, "dateOfBirth");
        assertEquals("date", dateOfBirth.get("answer").get("type").textValue());
        assertFalse(dateOfBirth.get("answer").has("options"), "a date has no options, and no empty list of them");
        // a yes-or-no question offers JSON booleans; an enum offers its names as strings
        JsonNode persecution = question(questions, "protection.pastPersecution");
        assertEquals(Set.of(true, false), Set.of(
                persecution.get("answer").get("options").get(0).get("value").booleanValue(),
                persecution.get("answer").get("options").get(1).get("value").booleanValue()));
        assertTrue(persecution.get("answer").get("options").get(0).get("value").isBoolean());
        JsonNode status = question(questions, "residence.status");
        List<String> values = new ArrayList<>();
        status.get("answer").get("options").forEach(o -> values.add(o.get("value").textValue()));
        assertTrue(values.contains("ASYLUM_SEEKER"), values.toString());
        assertEquals("enum", status.get("answer").get("type").textValue());
    }

    @Test
    void accessNotEligibleOnCompleteAnswersLeavesNothingToAsk() {
        ObjectNode minor = example(0); // smo-gt-0001, applied 2023-07-03, every field answered
        minor.put("dateOfBirth", "2010-01-01"); // 13 on D: ACC-AGE NOT_MET, so access and every pathway NOT_ELIGIBLE

        CliRun.Result r = run(request(minor, null), "questions", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("smo-gt-0001", r.json().get("applicantId").textValue());
        assertEquals(0, r.json().get("questions").size(), r.out());
    }

    @Test
    void livingOutsideTheOfficeCountryEndsTheInterviewAtOnce() {
        ObjectNode elsewhere = costaRican();
        elsewhere.putObject("residence").put("country", "PA"); // ACC-HOST-RESIDENCE NOT_MET

        CliRun.Result r = run(request(elsewhere, null), "questions", "--as-of", "2024-03-01", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, r.json().get("questions").size(), r.out());
    }

    @Test
    void aDeclinedFieldIsNeverAskedAgain() {
        List<String> declined = List.of("dateOfBirth", "residence.country", "usRelatives");

        CliRun.Result r = run(request(costaRican(), declined), "questions", "--as-of", "2024-03-01", "-");

        assertEquals(0, r.exitCode(), r.err());
        List<String> asked = fields(list(r.json().get("questions")));
        for (String field : declined) {
            assertFalse(asked.contains(field), field + " was declined: " + asked);
        }
        assertTrue(asked.contains("nationalities"), asked.toString());
    }

    @Test
    void spanishQuestionsHoldNoEnglish() {
        CliRun.Result r = run(request(costaRican(), null), "questions", "--as-of", "2024-03-01", "--lang", "es", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("es", r.json().get("language").textValue());
        List<String> words = new ArrayList<>();
        for (JsonNode q : r.json().get("questions")) {
            words.add(q.get("text").textValue());
            q.get("answer").path("options").forEach(o -> words.add(o.get("label").textValue()));
        }
        for (String text : words) {
            for (String english : List.of("What ", "Which ", "Have you", "Do you", "Are you", " you", " the ",
                    "Yes", "date of birth")) {
                assertFalse(text.contains(english), "English (" + english.trim() + ") in a Spanish question: " + text);
            }
        }
        // and the Spanish is not the English: every question reads otherwise in en
        CliRun.Result en = run(request(costaRican(), null), "questions", "--as-of", "2024-03-01", "-");
        List<JsonNode> english = list(en.json().get("questions"));
        List<JsonNode> spanish = list(r.json().get("questions"));
        assertEquals(fields(english), fields(spanish), "the same questions in the same order in every language");
        for (int i = 0; i < spanish.size(); i++) {
            assertFalse(english.get(i).get("text").equals(spanish.get(i).get("text")),
                    "not translated: " + spanish.get(i).get("text"));
        }
    }

    @Test
    void anUnsupportedLanguageIsAUsageErrorNamingTheSupportedOnes() {
        for (String command : List.of("questions", "evaluate")) {
            String input = command.equals("questions") ? request(costaRican(), null) : compact(example(0));

            CliRun.Result r = run(input, command, "--lang", "fr", "-");

            assertEquals(2, r.exitCode(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains("--lang fr: not a language of these rules; they speak "), r.err());
            assertTrue(r.err().contains("en") && r.err().contains("es"), r.err());
        }
    }

    @Test
    void invalidRequestsBecomeErrorObjectsInPlaceAndTheOthersAreAnswered() throws IOException {
        ObjectNode badDeclined = JSON.createObjectNode();
        badDeclined.set("applicant", costaRican().put("id", "smo-cr-0003"));
        badDeclined.putArray("declined").add("dateOfBirth").add("secret-path-x").add(7).add("secret-path-x");
        badDeclined.put("extra", "secret-value-y");
        ObjectNode badApplicant = costaRican().put("id", "smo-cr-0004");
        badApplicant.putArray("nationalities").add("ni");
        Path file = write("mixed.jsonl",
                request(costaRican(), null),                                          // line 1
                "{\"applicant\": {\"id\": \"smo-cr-0002\", \"office\" \"CR\"}}",      // line 2: no colon
                compact(badDeclined),                                                 // line 3
                request(badApplicant, null),                                          // line 4
                "{\"declined\": []}",                                                 // line 5: no applicant
                request(costaRican().put("id", "smo-cr-0006"), List.of("nationalities"))); // line 6

        CliRun.Result r = run("", "questions", "--as-of", "2024-03-01", file.toString());

        assertEquals(2, r.exitCode(), r.err());
        List<JsonNode> out = r.lines();
        assertEquals(6, out.size());
        assertEquals("smo-cr-0001", out.get(0).get("applicantId").textValue());
        assertTrue(out.get(0).get("questions").size() > 0);

        assertTrue(out.get(1).get("applicantId").isNull());
        assertEquals("malformed-json", out.get(1).get("errors").get(0).get("code").textValue());
        assertEquals("The input is not well-formed JSON at line 2, column 46.",
                out.get(1).get("errors").get(0).get("message").textValue());

        assertEquals("smo-cr-0003", out.get(2).get("applicantId").textValue());
        assertEquals(List.of("extra unknown-property", "declined[2] wrong-type", "declined[3] duplicate-item"),
                errors(out.get(2)));

        assertEquals("smo-cr-0004", out.get(3).get("applicantId").textValue());
        assertEquals(List.of("applicant.nationalities[0] lower-case-country"), errors(out.get(3)));

        assertTrue(out.get(4).get("applicantId").isNull());
        assertEquals(List.of("applicant required"), errors(out.get(4)));

        assertEquals("smo-cr-0006", out.get(5).get("applicantId").textValue());
        assertFalse(fields(list(out.get(5).get("questions"))).contains("nationalities"));

        for (String value : List.of("secret-path-x", "secret-value-y", "\"ni\"")) {
            assertFalse(r.out().contains(value), "a value is echoed: " + value);
            assertFalse(r.err().contains(value), "a value is echoed: " + value);
        }
        assertTrue(r.err().contains("questions: line 2: (document) malformed-json: "), r.err());
        assertTrue(r.err().contains("questions: line 3 (id smo-cr-0003): declined[2] wrong-type: "), r.err());
        assertTrue(r.err().contains("questions: 4 of 6 requests invalid"), r.err());
    }

    @Test
    void aDocumentThatIsNotJsonIsOneErrorObject() {
        CliRun.Result r = run("{\"applicant\": {\"id\": \"smo-cr-0001\", \"office\": \"CR\"", "questions", "-");

        assertEquals(2, r.exitCode(), r.err());
        JsonNode error = r.json();
        assertTrue(error.get("applicantId").isNull());
        assertEquals("malformed-json", error.get("errors").get(0).get("code").textValue());
        assertEquals("", error.get("errors").get(0).get("field").textValue());
    }

    @Test
    void bornAfterTheEvaluationDateIsAnErrorAtTheApplicantsPath() {
        ObjectNode unborn = costaRican().put("dateOfBirth", "2024-06-01");

        CliRun.Result r = run(request(unborn, null), "questions", "--as-of", "2024-03-01", "-");

        assertEquals(2, r.exitCode(), r.err());
        assertEquals("smo-cr-0001", r.json().get("applicantId").textValue());
        assertEquals(List.of("applicant.dateOfBirth born-after-evaluation-date"), errors(r.json()));
    }

    @Test
    void theAnswerSchemaRefusesAnAnswerWithoutScopesOrText() {
        ObjectNode answer = JSON.createObjectNode().put("applicantId", "a");
        ObjectNode q = answer.putArray("questions").addObject().put("field", "dateOfBirth").put("text", "");
        q.putObject("answer").put("type", "date");
        q.putArray("scopes");

        assertEquals(2, SchemaCheck.QUESTIONS_ANSWER.violations(answer).size(), SchemaCheck.QUESTIONS_ANSWER.violations(answer).toString());
    }

    // --- helpers -----------------------------------------------------------------------------

    /** An applicant of the Costa Rica office who has answered nothing yet. */
    private static ObjectNode costaRican() {
        return JSON.createObjectNode().put("id", "smo-cr-0001").put("office", "CR");
    }

    private static String request(ObjectNode applicant, List<String> declined) {
        ObjectNode request = JSON.createObjectNode();
        request.set("applicant", applicant);
        if (declined != null) {
            declined.forEach(request.putArray("declined")::add);
        }
        return compact(request);
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static List<String> fields(List<JsonNode> questions) {
        List<String> out = new ArrayList<>();
        questions.forEach(q -> out.add(q.get("field").textValue()));
        return out;
    }

    private static List<String> scopes(JsonNode question) {
        List<String> out = new ArrayList<>();
        question.get("scopes").forEach(s -> out.add(s.textValue()));
        return out;
    }

    private static JsonNode question(List<JsonNode> questions, String field) {
        return questions.stream().filter(q -> q.get("field").textValue().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no question about " + field + " in " + fields(questions)));
    }

    /** {@code field code} of each error of an error object. */
    private static List<String> errors(JsonNode errorObject) {
        List<String> out = new ArrayList<>();
        errorObject.get("errors").forEach(e -> out.add(e.get("field").textValue() + " " + e.get("code").textValue()));
        return out;
    }
}
