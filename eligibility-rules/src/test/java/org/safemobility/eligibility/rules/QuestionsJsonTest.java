package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * The library writes the interview's answer and the error object once, for the CLI and for services
 * (the screening service example writes its API's JSON with them).
 */
class QuestionsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void questionsAreWrittenAsTheContractsAnswerInTheirOrder() throws Exception {
        Applicant answers = Applicant.builder().id("q-1").office(Office.CR).build();
        Locale spanish = Locale.forLanguageTag("es");
        List<Question> questions = TestEngine.get().questions(answers, Set.of(), LocalDate.of(2023, 8, 15), spanish);
        assertFalse(questions.isEmpty(), "an applicant with only an office has questions left");

        JsonNode answer = JSON.readTree(EligibilityJson.writeQuestions("q-1", spanish, questions));

        assertEquals(List.of(), SchemaCheck.QUESTIONS_ANSWER.violations(answer));
        assertEquals("q-1", answer.get("applicantId").asText());
        assertEquals("es", answer.get("language").asText());
        assertEquals(questions.size(), answer.get("questions").size());
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = answer.get("questions").get(i);
            assertEquals(questions.get(i).field(), q.get("field").asText());
            assertEquals(questions.get(i).text(), q.get("text").asText());
            assertEquals(questions.get(i).type().jsonName(), q.get("answer").get("type").asText());
            assertEquals(questions.get(i).options().size(), q.get("answer").path("options").size());
        }
    }

    @Test
    void anErrorObjectNamesFieldsAndCodesOnly() {
        String written = EligibilityJson.writeErrors(null, List.of(
                new Violation("dateOfBirth", Violation.Codes.REQUIRED, "A date of birth is required."),
                new Violation("nationalities[1]", "not-assigned", "Not an assigned country code.")));
        assertEquals("{\"applicantId\":null,\"errors\":["
                + "{\"field\":\"dateOfBirth\",\"code\":\"required\",\"message\":\"A date of birth is required.\"},"
                + "{\"field\":\"nationalities[1]\",\"code\":\"not-assigned\",\"message\":\"Not an assigned country code.\"}]}",
                written);
        assertEquals("{\"applicantId\":\"A-7\",\"errors\":[{\"field\":\"\",\"code\":\"evaluation-failed\",\"message\":\"m\"}]}",
                EligibilityJson.writeErrors("A-7", List.of(new Violation("", "evaluation-failed", "m"))));
    }
}
