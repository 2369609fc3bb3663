package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * The interview so far, carried by the page itself in hidden fields so the server keeps nothing
 * between requests: the answers as the applicant's JSON ({@code answers}) and the fields the
 * person could not answer ({@code declined}, one field each). Coming back from the browser it is
 * untrusted input like any other: the library reads it strictly on every request.
 *
 * @param answers  the applicant's JSON tree: {@code id}, {@code office}, {@code applicationDate}
 *                 and every answer given
 * @param declined field paths declined, in the order declined
 * @param applicant the answers as the library read them
 */
record InterviewState(ObjectNode answers, List<String> declined, Applicant applicant) {

    /** Declined fields a page may carry: the interview asks far fewer questions than this. */
    static final int MAX_DECLINED = 100;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxStringLength(4096).maxNumberLength(100).build());
    }

    InterviewState {
        declined = List.copyOf(declined);
    }

    /**
     * Reads the hidden fields.
     *
     * @return empty when they are missing, malformed or not a valid applicant (a changed or truncated page)
     */
    static Optional<InterviewState> read(String answersJson, List<String> declined) {
        if (answersJson == null || declined.size() > MAX_DECLINED) {
            return Optional.empty();
        }
        try {
            JsonNode tree = JSON.readTree(answersJson);
            if (!(tree instanceof ObjectNode answers)) {
                return Optional.empty();
            }
            return Optional.of(of(answers, new ArrayList<>(new LinkedHashSet<>(declined))));
        } catch (InvalidApplicantException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The state of {@code answers}.
     *
     * @throws InvalidApplicantException when the answers break the contract (no values in it)
     */
    static InterviewState of(ObjectNode answers, List<String> declined) {
        Applicant applicant = EligibilityJson.readApplicant(answers.toString());
        return new InterviewState(answers, declined, applicant);
    }

    /** This state with {@code field} declined too. */
    InterviewState decline(String field) {
        List<String> more = new ArrayList<>(declined);
        more.add(field);
        return new InterviewState(answers, more, applicant);
    }

    /**
     * This state with {@code value} put at {@code field}.
     *
     * @throws InvalidApplicantException when the answer breaks the contract
     * @throws IllegalArgumentException  when the field path names nothing that can be answered
     */
    InterviewState answer(String field, JsonNode value) {
        ObjectNode copy = answers.deepCopy();
        FieldPath.put(copy, field, value);
        return of(copy, declined);
    }

    /** The answers as the hidden field carries them: compact JSON. */
    String answersJson() {
        return answers.toString();
    }
}
