package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safemobility.eligibility.interview.AnswerType;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;

/**
 * Turns the form fields of one answered question into the JSON value the applicant contract
 * takes at the question's field. The form names: {@code value} (repeated for lists); for a list
 * whose entries have a required field, {@code entry} per line and {@code <object>.<line>} check
 * boxes for the entry's objects ({@code i130.0}). Checking types and formats beyond what a form
 * can get wrong is left to the library, which reads the whole applicant after every answer.
 */
final class FormAnswer {

    /** Lines offered for a list of entries (relatives); the contract allows more, people rarely need them. */
    static final int LIST_LINES = 4;
    /** Boxes offered for a list of dates or countries. */
    static final int LIST_BOXES = 3;
    /** The most entries a list of the contract holds (EligibilityJson's limits). */
    private static final int MAX_ENTRIES = 100;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormAnswer() {
    }

    /** The answer, or empty when the form gives none (nothing chosen, or not a whole number). */
    static Optional<JsonNode> read(Question q, Map<String, List<String>> form) {
        List<String> values = filled(form.get("value"));
        AnswerType type = q.type();
        switch (type) {
            case DATE, COUNTRY -> {
                return values.size() == 1 ? Optional.of(JSON.textNode(values.get(0))) : Optional.empty();
            }
            case ENUM -> {
                return values.size() == 1 ? option(q, values.get(0)) : Optional.empty();
            }
            case BOOLEAN -> {
                if (values.size() != 1 || !(values.get(0).equals("true") || values.get(0).equals("false"))) {
                    return Optional.empty();
                }
                return Optional.of(JSON.booleanNode(Boolean.parseBoolean(values.get(0))));
            }
            case INTEGER -> {
                return values.size() == 1 ? wholeNumber(values.get(0)).map(JSON::numberNode) : Optional.empty();
            }
            case DATES, COUNTRIES -> {
                ArrayNode out = JSON.arrayNode();
                new LinkedHashSet<>(values).forEach(out::add); // a box filled twice alike is one item
                return Optional.of(out);
            }
            case ENUMS -> {
                ArrayNode out = JSON.arrayNode();
                for (String v : new LinkedHashSet<>(values)) {
                    Optional<JsonNode> o = option(q, v);
                    if (o.isEmpty()) {
                        return Optional.empty();
                    }
                    out.add(o.get());
                }
                return Optional.of(out);
            }
            case LIST -> {
                return q.options().isEmpty() ? count(values) : entries(q, form);
            }
            default -> throw new IllegalStateException("an answer type this page does not know: " + type);
        }
    }

    /** A list without choices (job offers) is answered with how many entries it has. */
    private static Optional<JsonNode> count(List<String> values) {
        if (values.size() != 1) {
            return Optional.empty();
        }
        return wholeNumber(values.get(0)).filter(n -> n <= MAX_ENTRIES).map(n -> {
            ArrayNode out = JSON.arrayNode();
            for (int i = 0; i < n; i++) {
                out.addObject();
            }
            return out;
        });
    }

    /** One entry per filled line: its required field, and an empty object for each box checked. */
    private static Optional<JsonNode> entries(Question q, Map<String, List<String>> form) {
        List<String> lines = form.getOrDefault("entry", List.of());
        String required = q.entries().isEmpty() ? null : q.entries().get(0);
        if (required == null || lines.size() > LIST_LINES) {
            return Optional.empty();
        }
        ArrayNode out = JSON.arrayNode();
        for (int line = 0; line < lines.size(); line++) {
            if (lines.get(line).isBlank()) {
                continue;
            }
            Optional<JsonNode> choice = option(q, lines.get(line));
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode entry = out.addObject();
            entry.set(required, choice.get());
            for (String object : q.entries().subList(1, q.entries().size())) {
                if (form.containsKey(object + "." + line)) {
                    entry.putObject(object);
                }
            }
        }
        return Optional.of(out);
    }

    /** The option whose value is spelled {@code value}, as its JSON value. */
    private static Optional<JsonNode> option(Question q, String value) {
        for (Option o : q.options()) {
            if (spelling(o.value()).equals(value)) {
                return Optional.of(jsonValue(o.value()));
            }
        }
        return Optional.empty();
    }

    /** An option's value as the contract spells it: a boolean or number as such, else a string (an enum's name). */
    static JsonNode jsonValue(Object value) {
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return JSON.numberNode(i);
        }
        return JSON.textNode(spelling(value));
    }

    /** How a form and the contract spell an option's value: an enum's name, else its text. */
    static String spelling(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static Optional<Integer> wholeNumber(String text) {
        if (!text.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    /** The non-blank values, trimmed. */
    private static List<String> filled(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
