package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;

/**
 * The API's own JSON: the next questions as {@code questions.schema.json#/$defs/answer} has them
 * (the library writes reports, not questions), and the error object the CLI writes too:
 * {@code {"applicantId", "errors": [{"field", "code", "message"}]}}.
 */
final class ApiJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ApiJson() {
    }

    @FunctionalInterface
    private interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Writer writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** {@code {"applicantId", "language", "questions": [{"field", "text", "answer": {"type", "options", "entries"}, "scopes"}]}}. */
    static String questions(String applicantId, String language, List<Question> questions) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("applicantId", applicantId);
            g.writeStringField("language", language);
            g.writeArrayFieldStart("questions");
            for (Question q : questions) {
                g.writeStartObject();
                g.writeStringField("field", q.field());
                g.writeStringField("text", q.text());
                g.writeObjectFieldStart("answer");
                g.writeStringField("type", q.type().jsonName());
                if (!q.options().isEmpty()) { // no options, no key: a date or a country takes any valid one
                    g.writeArrayFieldStart("options");
                    for (Option o : q.options()) {
                        g.writeStartObject();
                        g.writeFieldName("value");
                        value(g, o.value());
                        g.writeStringField("label", o.label());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                if (!q.entries().isEmpty()) {
                    g.writeArrayFieldStart("entries");
                    for (String e : q.entries()) {
                        g.writeString(e);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeArrayFieldStart("scopes");
                for (String s : q.scopes()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** An option's value as the applicant contract spells it: a JSON boolean or number, else a string (an enum's name). */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else {
            g.writeString(FormAnswer.spelling(value));
        }
    }

    /** The error object of a rejected request; messages name fields and codes, never values. */
    static String errors(String applicantId, List<Violation> violations) {
        return write(g -> {
            g.writeStartObject();
            if (applicantId == null) {
                g.writeNullField("applicantId");
            } else {
                g.writeStringField("applicantId", applicantId);
            }
            g.writeArrayFieldStart("errors");
            for (Violation v : violations) {
                g.writeStartObject();
                g.writeStringField("field", v.field());
                g.writeStringField("code", v.code());
                g.writeStringField("message", v.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
