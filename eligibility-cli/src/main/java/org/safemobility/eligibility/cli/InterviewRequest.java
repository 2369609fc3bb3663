package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.internal.ApplicantReader;
import org.safemobility.eligibility.model.Applicant;

/**
 * One request of the {@code questions} command ({@code questions.schema.json#/$defs/request}):
 * the applicant's answers so far and the field paths they declined.
 *
 * @param applicant the answers so far
 * @param declined  field paths never to ask again, distinct
 */
record InterviewRequest(Applicant applicant, List<String> declined) {

    /** The request's keys; any other is an error. */
    private static final Set<String> KEYS = Set.of("applicant", "declined");

    /** A key named in a message only when it is a plain identifier: never repeat arbitrary input. */
    private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");

    /**
     * Reads a request. Its violations name field paths of the request ({@code declined[2]},
     * {@code applicant.dateOfBirth}), never values.
     *
     * @throws InvalidApplicantException listing every violation, with the applicant's id when valid
     */
    static InterviewRequest read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidApplicantException(null, List.of(new Violation("", Codes.WRONG_TYPE,
                    "A request must be a JSON object: {\"applicant\": {...}, \"declined\": [...]}.")));
        }
        JsonNode applicantNode = node.get("applicant");
        String id = ApplicantReader.idOf(applicantNode);
        List<Violation> violations = new ArrayList<>();
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                boolean plain = PLAIN_NAME.matcher(name).matches();
                violations.add(new Violation(plain ? name : "<property>", Codes.UNKNOWN_PROPERTY,
                        "A request holds only applicant and declined."));
            }
        }
        List<String> declined = declined(node.get("declined"), violations);
        Applicant applicant = null;
        if (applicantNode == null) {
            violations.add(new Violation("applicant", Codes.REQUIRED, "applicant is required."));
        } else {
            try {
                applicant = ApplicantReader.read(applicantNode);
            } catch (InvalidApplicantException e) {
                violations.addAll(ofApplicant(e.violations()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidApplicantException(id, violations);
        }
        return new InterviewRequest(applicant, declined);
    }

    /** The applicant's violations as paths of the request: {@code applicant.dateOfBirth}. */
    static List<Violation> ofApplicant(List<Violation> violations) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            String field = v.field().isEmpty() ? "applicant" : "applicant." + v.field();
            out.add(new Violation(field, v.code(), v.message()));
        }
        return out;
    }

    private static List<String> declined(JsonNode node, List<Violation> violations) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            violations.add(new Violation("declined", Codes.WRONG_TYPE, "declined must be a JSON array of field paths."));
            return List.of();
        }
        List<String> paths = new ArrayList<>(node.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String at = "declined[" + i + "]";
            if (!entry.isTextual()) {
                violations.add(new Violation(at, Codes.WRONG_TYPE, at + " must be a string: a field path."));
            } else if (!seen.add(entry.textValue())) {
                violations.add(new Violation(at, Codes.DUPLICATE_ITEM, at + " repeats an earlier field path."));
            } else {
                paths.add(entry.textValue());
            }
        }
        return paths;
    }
}
