package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;

/** The one configured JSON mapper: strict about duplicate keys; errors never quote the input. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** Parses one JSON document; malformed input becomes an {@link InvalidApplicantException}. */
    public static JsonNode parse(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode node = MAPPER.readTree(parser);
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
            throw new InvalidApplicantException(null, List.of(syntaxViolation(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A violation for a syntax error, with line and column but never the text that was read. */
    public static Violation syntaxViolation(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            return new Violation("", Codes.DUPLICATE_KEY, "An object holds the same key twice" + where + ".");
        }
        return new Violation("", Codes.MALFORMED_JSON, "The input is not well-formed JSON" + where + ".");
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
