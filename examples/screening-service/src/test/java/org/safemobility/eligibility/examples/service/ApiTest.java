package org.safemobility.eligibility.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON API over HTTP, against the running service. Expected statuses come from the worked examples. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Stream<WorkedExamples> examples() {
        return WorkedExamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void screeningGivesTheWorkedExamplesStatuses(WorkedExamples example) throws Exception {
        ObjectNode request = JSON.createObjectNode();
        request.set("applicant", example.applicant());
        request.put("lang", "es");
        HttpResponse<String> response = post("/api/screenings", request.toString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode report = JSON.readTree(response.body());
        assertEquals("es", report.get("language").asText());
        assertEquals(example.statuses(), statuses(report));
    }

    @Test
    void aCompleteApplicantHasNoQuestionsLeft() throws Exception {
        ObjectNode request = JSON.createObjectNode();
        request.set("applicant", WorkedExamples.named("01-").applicant());
        JsonNode answer = JSON.readTree(post("/api/questions", request.toString()).body());
        assertEquals("ex-01", answer.get("applicantId").asText());
        assertEquals(0, answer.get("questions").size());
    }

    /**
     * Example 04 leaves answers out; the policy's expected report lists what is missing. The
     * questions ask only those fields, never a declined one, each once, with an answer type.
     */
    @Test
    void questionsAskWhatIsMissingExceptTheDeclined() throws Exception {
        WorkedExamples example = WorkedExamples.named("04-");
        ObjectNode request = JSON.createObjectNode();
        request.set("applicant", example.applicant());
        request.put("lang", "es");
        request.putArray("declined").add("passportExpiryDate").add("usRelatives");
        HttpResponse<String> response = post("/api/questions", request.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals("es", answer.get("language").asText());
        Set<String> missing = Set.of("employment.jobOffers[0].capExempt", "employment.jobOffers[0].capSelected",
                "passportExpiryDate", "protection.firmResettlementOffer", "protection.participatedInPersecution",
                "protection.securityConcerns", "usHistory.immigrantVisaIssued", "usHistory.interdictionDates",
                "usHistory.irregularEntryDates", "usHistory.removalOrderDates", "usRelatives");
        List<String> asked = new ArrayList<>();
        for (JsonNode q : answer.get("questions")) {
            asked.add(q.get("field").asText());
            assertFalse(q.get("text").asText().isBlank());
            assertTrue(q.get("answer").has("type"));
            assertTrue(q.get("scopes").size() > 0);
        }
        assertFalse(asked.isEmpty());
        assertTrue(missing.containsAll(asked), asked.toString());
        assertFalse(asked.contains("passportExpiryDate"));
        assertFalse(asked.contains("usRelatives"));
        assertEquals(asked.size(), Set.copyOf(asked).size());
        JsonNode securityConcerns = find(answer, "protection.securityConcerns");
        assertEquals("enums", securityConcerns.get("answer").get("type").asText());
        assertEquals(List.of("REFUGEE_RESETTLEMENT"), texts(securityConcerns.get("scopes")));
    }

    @Test
    void anInvalidApplicantIsA400NamingFieldsWithoutItsValues() throws Exception {
        String body = "{\"applicant\": {\"id\": \"bad-1\", \"office\": \"GT\", \"dateOfBirth\": \"SECRET-19880101\","
                + " \"nationalities\": [\"ZZQ\"]}, \"lang\": \"es\", \"extra\": \"SECRET-EXTRA\"}";
        HttpResponse<String> response = post("/api/screenings", body);
        assertEquals(400, response.statusCode());
        assertFalse(response.body().contains("SECRET"), response.body());
        assertFalse(response.body().contains("ZZQ"), response.body());
        Map<String, String> errors = errors(response.body());
        assertEquals("malformed-date", errors.get("applicant.dateOfBirth"));
        assertEquals("malformed-country", errors.get("applicant.nationalities[0]"));
        assertEquals("unknown-property", errors.get("extra"));
        assertEquals("bad-1", JSON.readTree(response.body()).get("applicantId").asText());
    }

    @Test
    void requestEnvelopeErrorsAreNamed() throws Exception {
        assertEquals(Map.of("", "malformed-json"), errors(post("/api/screenings", "{\"applicant\": ").body()));
        assertEquals(Map.of("applicant", "required"), errors(post("/api/screenings", "{}").body()));
        String applicant = WorkedExamples.named("01-").applicant().toString();
        HttpResponse<String> badLang = post("/api/screenings", "{\"applicant\": " + applicant + ", \"lang\": \"fr\", \"asOf\": \"2024-13-01\"}");
        assertEquals(400, badLang.statusCode());
        assertEquals(Map.of("lang", "not-in-enum", "asOf", "malformed-date"), errors(badLang.body()));
        HttpResponse<String> declinedOnScreenings = post("/api/screenings", "{\"applicant\": " + applicant + ", \"declined\": []}");
        assertEquals(Map.of("declined", "unknown-property"), errors(declinedOnScreenings.body()));
        HttpResponse<String> badDeclined = post("/api/questions", "{\"applicant\": " + applicant + ", \"declined\": [\"a\", \"a\", 3]}");
        assertEquals(Map.of("declined[1]", "duplicate-item", "declined[2]", "wrong-type"), errors(badDeclined.body()));
    }

    @Test
    void onlyJsonIsAccepted() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/screenings"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals("unsupported-media-type", errors(response.body()).get(""));
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"applicant\": {\"id\": \"big\", \"office\": \"GT\", \"nationalities\": [\""
                + "A".repeat(400 * 1024) + "\"]}}";
        HttpResponse<String> response = post("/api/screenings", big);
        assertEquals(413, response.statusCode());
        assertEquals("too-large", errors(response.body()).get(""));
    }

    @Test
    void aBodyWithoutLengthIsCutOffAtTheLimit() throws Exception {
        byte[] big = ("{\"applicant\": {\"id\": \"big\", \"office\": \"GT\", \"nationalities\": [\""
                + "A".repeat(400 * 1024) + "\"]}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/questions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals("too-large", errors(response.body()).get(""));
    }

    @Test
    void healthSaysUpWithTheRuleset() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonNode health = JSON.readTree(response.body());
        assertEquals("UP", health.get("status").asText());
        assertTrue(health.get("rulesetVersion").asText().startsWith("safemobility-screening-"));
    }

    /** The request log names the request; no applicant value reaches it, even from a rejected request. */
    @Test
    void theLogHoldsNoApplicantData() throws Exception {
        RunningService.uri(); // started before the capture: the engine's build log is not the point here
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ObjectNode applicant = (ObjectNode) WorkedExamples.named("02-").applicant().deepCopy();
            applicant.put("id", "log-probe-7731");
            post("/api/screenings", "{\"applicant\": " + applicant + "}");
            post("/api/questions", "{\"applicant\": " + applicant + ", \"declined\": [\"passportExpiryDate\"]}");
            post("/api/screenings", "{\"applicant\": {\"id\": \"log-probe-7732\", \"office\": \"GT\", \"dateOfBirth\": \"1995-02-31\"}}");
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("POST /api/screenings 200"), log);
        assertTrue(log.contains("POST /api/screenings 400"), log);
        for (String value : List.of("log-probe", "1995-02", "HN", "SIBLING", "2029-01-01", "passportExpiryDate")) {
            assertFalse(log.contains(value), value + " in the log:\n" + log);
        }
    }

    private static JsonNode find(JsonNode answer, String field) {
        for (JsonNode q : answer.get("questions")) {
            if (q.get("field").asText().equals(field)) {
                return q;
            }
        }
        throw new AssertionError("no question for " + field);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Map<String, String> statuses(JsonNode report) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ACCESS", report.get("access").get("status").asText());
        for (JsonNode p : report.get("pathways")) {
            out.put(p.get("pathway").asText(), p.get("status").asText());
        }
        return out;
    }

    /** Field to code, of an error response. */
    private static Map<String, String> errors(String body) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode e : JSON.readTree(body).get("errors")) {
            out.put(e.get("field").asText(), e.get("code").asText());
            assertFalse(e.get("message").asText().isBlank());
        }
        return out;
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return RunningService.uri().resolve(path);
    }
}
