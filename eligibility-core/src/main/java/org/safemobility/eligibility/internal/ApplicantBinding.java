package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.Applicant;

/**
 * Jackson databind between the applicant model records and JSON, generated from the records
 * themselves (no field is listed here). Reading is as strict as {@code applicant.schema.json} on
 * types: a string only from a JSON string, a boolean only from {@code true}/{@code false}, an
 * integer only from a number that is exactly one (compared as a {@link BigDecimal}, so
 * {@code 10.999999999999999999} is no integer), a date only as {@code YYYY-MM-DD}, no unknown
 * property. A JSON {@code null} binds as absent, which the contract does not allow:
 * {@link #holdsNull} finds it. What the record types cannot express (patterns, ranges,
 * assigned countries) is left to {@link ApplicantValidator}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ApplicantBinding {

    /** Reads model records from JSON trees and writes them, leaving absent answers out. */
    static final ObjectMapper MAPPER = mapper();

    /** Reads applicants: the root type and its deserializer resolved once, not per applicant. */
    private static final ObjectReader APPLICANT = MAPPER.readerFor(Applicant.class);

    private ApplicantBinding() {
    }

    /**
     * The applicant a JSON tree binds to; throws when the tree does not fit the records' types.
     * Databind reads {@code null} as absent: a reader that must refuse it asks {@link #holdsNull}.
     */
    static Applicant bind(JsonNode node) throws IOException {
        return APPLICANT.readValue(node);
    }

    /**
     * The applicant the JSON text of {@code parser} binds to, straight from the text (no tree);
     * throws when the text does not fit the records' types or holds anything after the applicant.
     * Like {@link #bind(JsonNode)}, it reads a {@code null} as absent: the caller keeps nulls out.
     */
    static Applicant bind(JsonParser parser) throws IOException {
        Applicant applicant = APPLICANT.readValue(parser);
        if (applicant == null || parser.nextToken() != null) {
            throw new IllegalArgumentException("not one applicant object");
        }
        return applicant;
    }

    /** Whether a JSON {@code null} appears anywhere in the tree (the contract allows none). */
    static boolean holdsNull(JsonNode node) {
        if (node.isNull()) {
            return true;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (holdsNull(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Writes one applicant, in the records' component order (the schema's order). */
    public static void write(JsonGenerator g, Applicant applicant) throws IOException {
        MAPPER.writeValue(g, applicant);
    }

    /** The JSON tree of an applicant, as {@link #write} would write it. */
    public static JsonNode tree(Applicant applicant) {
        return MAPPER.valueToTree(applicant);
    }

    private static ObjectMapper mapper() {
        SimpleModule strict = new SimpleModule("applicant-contract")
                .addDeserializer(String.class, new StringOnly())
                .addDeserializer(Boolean.class, new BooleanOnly())
                .addDeserializer(Integer.class, new ExactInteger())
                .addDeserializer(LocalDate.class, new IsoDate())
                .addSerializer(LocalDate.class, new IsoDateWriter());
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addModule(strict)
                .build();
        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static final class StringOnly extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getText();
        }
    }

    private static final class BooleanOnly extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
        }
    }

    /** JSON Schema's integer: any number whose value is whole (4 and 4.0), compared exactly. */
    private static final class ExactInteger extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            try {
                return value.intValueExact();
            } catch (ArithmeticException notAnInt) {
                // the message names the kind of problem, never the number
                throw ctxt.weirdNumberException(0, Integer.class, "not a whole number within int range");
            }
        }
    }

    private static final class IsoDate extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate date = ApplicantReader.isoDate(p.getText());
            if (date == null) {
                throw ctxt.weirdStringException("", LocalDate.class, "not a calendar date written YYYY-MM-DD");
            }
            return date;
        }
    }

    private static final class IsoDateWriter extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(value.toString());
        }
    }
}
