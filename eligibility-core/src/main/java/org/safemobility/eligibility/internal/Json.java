package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;

/**
 * The configured JSON mappers: strict about duplicate keys; errors never quote the input.
 * {@link #INPUT} also enforces the {@link Limits} and reads every untrusted document.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For input from outside: {@link #MAPPER} with the string, name, number and nesting limits. */
    public static final ObjectMapper INPUT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(Limits.MAX_STRING_CHARS)
                            .maxNameLength(Limits.MAX_STRING_CHARS)
                            .maxNumberLength(Limits.MAX_NUMBER_CHARS)
                            .maxNestingDepth(Limits.MAX_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // numbers with a fraction or exponent are kept exact: as a double, 10.999999999999999999
            // would be the whole number 11 and 80.00000000000000001 would pass a maximum of 80
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /**
     * Parses one JSON document within the {@link Limits}; malformed or oversized input becomes an
     * {@link InvalidApplicantException}.
     */
    public static JsonNode parse(String json) {
        if (json.length() > Limits.MAX_APPLICANT_CHARS) {
            throw new InvalidApplicantException(null, List.of(new Violation("", Codes.TOO_LARGE,
                    "The input is longer than " + Limits.MAX_APPLICANT_CHARS + " characters.")));
        }
        try (JsonParser parser = INPUT.createParser(json)) {
            try {
                JsonNode node = INPUT.readTree(parser);
                if (node == null || node.isMissingNode()) {
                    throw new InvalidApplicantException(null, List.of(new Violation("", Codes.MALFORMED_JSON,
                            "The input holds no JSON value.")));
                }
                if (parser.nextToken() != null) {
                    throw new InvalidApplicantException(null, List.of(new Violation("", Codes.MALFORMED_JSON,
                            "The input holds more than one JSON value.")));
                }
                return node;
            } catch (JsonProcessingException e) {
                throw new InvalidApplicantException(null, List.of(syntaxViolation(e, parser)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A violation for a syntax error, with line and column but never the text that was read. */
    public static Violation syntaxViolation(JsonProcessingException e) {
        return syntaxViolation(e, null);
    }

    /**
     * As {@link #syntaxViolation(JsonProcessingException)}; where the exception has no location (a
     * limit was reached), the parser's.
     */
    public static Violation syntaxViolation(JsonProcessingException e, JsonParser parser) {
        JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new Violation("", Codes.TOO_LARGE, tooLarge(original) + where + ".");
        }
        if (original.startsWith("Duplicate field")) {
            return new Violation("", Codes.DUPLICATE_KEY, "An object holds the same key twice" + where + ".");
        }
        return new Violation("", Codes.MALFORMED_JSON, "The input is not well-formed JSON" + where + ".");
    }

    /**
     * The first of the {@link Limits} a tree already read breaks (strings, property names, numbers,
     * nesting), as a violation; {@code null} when it keeps them all. For input read under looser
     * limits, as the elements of a large array are, so that one element breaking them is rejected on
     * its own.
     */
    public static Violation limitViolation(JsonNode root) {
        java.util.ArrayDeque<JsonNode> nodes = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(root);
        depths.push(root.isContainerNode() ? 1 : 0);
        while (!nodes.isEmpty()) {
            JsonNode n = nodes.pop();
            int depth = depths.pop();
            if (depth > Limits.MAX_DEPTH) {
                return new Violation("", Codes.TOO_LARGE, tooLarge("getMaxNestingDepth") + ".");
            }
            if (n.isTextual() && n.textValue().length() > Limits.MAX_STRING_CHARS) {
                return new Violation("", Codes.TOO_LARGE, tooLarge("getMaxStringLength") + ".");
            }
            if (n.isNumber() && n.asText().length() > Limits.MAX_NUMBER_CHARS) {
                return new Violation("", Codes.TOO_LARGE, tooLarge("getMaxNumberLength") + ".");
            }
            var fields = n.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (field.getKey().length() > Limits.MAX_STRING_CHARS) {
                    return new Violation("", Codes.TOO_LARGE, tooLarge("getMaxNameLength") + ".");
                }
                nodes.push(field.getValue());
                depths.push(field.getValue().isContainerNode() ? depth + 1 : depth);
            }
            if (n.isArray()) {
                for (JsonNode item : n) {
                    nodes.push(item);
                    depths.push(item.isContainerNode() ? depth + 1 : depth);
                }
            }
        }
        return null;
    }

    /** Which limit a parser stopped at; Jackson's message names the limit, never the input. */
    private static String tooLarge(String original) {
        if (original.contains("getMaxNestingDepth")) {
            return "The input nests arrays and objects deeper than " + Limits.MAX_DEPTH + " levels";
        }
        if (original.contains("getMaxNameLength")) {
            return "A property name is longer than " + Limits.MAX_STRING_CHARS + " characters";
        }
        if (original.contains("getMaxNumberLength")) {
            return "A number is longer than " + Limits.MAX_NUMBER_CHARS + " characters";
        }
        if (original.contains("getMaxStringLength")) {
            return "A string is longer than " + Limits.MAX_STRING_CHARS + " characters";
        }
        return "The input exceeds a size limit";
    }

    /** Serialises with {@code writer}, compact or pretty. */
    public static String write(boolean pretty, IoWriter writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory().createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes one value to a generator. */
    @FunctionalInterface
    public interface IoWriter {
        void write(JsonGenerator g) throws IOException;
    }
}
