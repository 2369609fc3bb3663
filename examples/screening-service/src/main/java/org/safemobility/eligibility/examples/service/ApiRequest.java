package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * One API request: {@code {"applicant": {...}, "lang": "es", "asOf": "2024-03-18"}}, and for
 * {@code /api/questions} also {@code "declined": ["field", ...]}. The applicant is read by the
 * library ({@link EligibilityJson#readApplicant}); its violations come back as paths of the
 * request ({@code applicant.dateOfBirth}). No message repeats a value of the input.
 *
 * @param applicant the applicant
 * @param language  {@code lang}, English when absent
 * @param asOf      {@code asOf}, or {@code null} (the applicant's applicationDate wins, else today)
 * @param declined  {@code declined}, distinct, empty when absent
 */
record ApiRequest(Applicant applicant, Locale language, LocalDate asOf, List<String> declined) {

    private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");

    /** Declined fields a request may name: no applicant has nearly as many fields. */
    private static final int MAX_DECLINED = 200;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // the same limits the library puts on an applicant's JSON (EligibilityJson), one level more for the envelope
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(17).maxStringLength(4096).maxNumberLength(100).build());
    }

    /**
     * Reads a request body.
     *
     * @param withDeclined whether {@code declined} is allowed ({@code /api/questions})
     * @throws Rejected listing every violation, with the applicant's id when it was valid
     */
    static ApiRequest read(String body, boolean withDeclined, Languages languages) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw invalid(new Violation("", Codes.TOO_LARGE, "The request exceeds a limit of length or nesting."));
        } catch (java.io.IOException e) {
            throw invalid(new Violation("", Codes.MALFORMED_JSON, "The request is not well-formed JSON."));
        }
        if (node == null || !node.isObject()) {
            throw invalid(new Violation("", Codes.WRONG_TYPE, "A request is a JSON object with an applicant."));
        }
        Set<String> keys = withDeclined ? Set.of("applicant", "lang", "asOf", "declined") : Set.of("applicant", "lang", "asOf");
        List<Violation> violations = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                violations.add(new Violation(PLAIN_NAME.matcher(name).matches() ? name : "<property>",
                        Codes.UNKNOWN_PROPERTY, "A request holds only " + String.join(", ", keys.stream().sorted().toList()) + "."));
            }
        }
        Locale language = language(node.get("lang"), languages, violations);
        LocalDate asOf = asOf(node.get("asOf"), violations);
        List<String> declined = declined(node.get("declined"), violations);
        Applicant applicant = null;
        String id = null;
        JsonNode applicantNode = node.get("applicant");
        if (applicantNode == null || applicantNode.isNull()) {
            violations.add(new Violation("applicant", Codes.REQUIRED, "applicant is required."));
        } else {
            try {
                applicant = EligibilityJson.readApplicant(applicantNode.toString());
                id = applicant.id();
            } catch (InvalidApplicantException e) {
                id = e.applicantId();
                for (Violation v : e.violations()) {
                    violations.add(new Violation(v.field().isEmpty() ? "applicant" : "applicant." + v.field(), v.code(), v.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new Rejected(id, violations);
        }
        return new ApiRequest(applicant, language, asOf, declined);
    }

    private static Locale language(JsonNode lang, Languages languages, List<Violation> violations) {
        if (lang == null || lang.isNull()) {
            return Locale.ENGLISH;
        }
        if (!lang.isTextual()) {
            violations.add(new Violation("lang", Codes.WRONG_TYPE, "lang is a language code such as es."));
        } else if (!languages.supports(lang.asText())) {
            violations.add(new Violation("lang", Codes.NOT_IN_ENUM, "lang is one of " + String.join(", ", languages.codes()) + "."));
        } else {
            return Locale.forLanguageTag(lang.asText());
        }
        return Locale.ENGLISH;
    }

    private static LocalDate asOf(JsonNode asOf, List<Violation> violations) {
        if (asOf == null || asOf.isNull()) {
            return null;
        }
        if (asOf.isTextual() && asOf.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(asOf.asText());
            } catch (DateTimeParseException e) {
                // falls through to the violation
            }
        }
        violations.add(new Violation("asOf", Codes.MALFORMED_DATE, "asOf is a date, YYYY-MM-DD."));
        return null;
    }

    private static List<String> declined(JsonNode declined, List<Violation> violations) {
        if (declined == null || declined.isNull()) {
            return List.of();
        }
        if (!declined.isArray()) {
            violations.add(new Violation("declined", Codes.WRONG_TYPE, "declined is a list of field paths."));
            return List.of();
        }
        if (declined.size() > MAX_DECLINED) {
            violations.add(new Violation("declined", Codes.TOO_LARGE, "declined lists at most " + MAX_DECLINED + " fields."));
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < declined.size(); i++) {
            JsonNode field = declined.get(i);
            if (!field.isTextual()) {
                violations.add(new Violation("declined[" + i + "]", Codes.WRONG_TYPE, "A declined field is a field path."));
            } else if (!out.add(field.asText())) {
                violations.add(new Violation("declined[" + i + "]", Codes.DUPLICATE_ITEM, "A field is declined once."));
            }
        }
        return List.copyOf(out);
    }

    private static Rejected invalid(Violation v) {
        return new Rejected(null, List.of(v));
    }

    /**
     * A request that cannot be served: every violation, by field path and code, and the
     * applicant's id when it was readable and valid. Its message names fields and codes only.
     */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient String applicantId;
        private final transient List<Violation> violations;

        Rejected(String applicantId, List<Violation> violations) {
            super("rejected request: " + violations.size() + " violation(s)", null, false, false);
            this.applicantId = applicantId;
            this.violations = List.copyOf(violations);
        }

        String applicantId() {
            return applicantId;
        }

        List<Violation> violations() {
            return violations;
        }
    }
}
