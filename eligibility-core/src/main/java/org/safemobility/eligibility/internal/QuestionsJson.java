package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;

/**
 * Writes the answer of an interview request, {@code questions.schema.json#/$defs/answer}:
 * {@code {"applicantId", "language", "questions": [{"field", "text", "answer": {"type", "options"},
 * "scopes"}]}}, the questions best first; and the error object that stands in for an answer or a
 * report when the input was rejected or the rules failed. One writer of each, for
 * {@code EligibilityJson}, the CLI and services.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class QuestionsJson {

    private QuestionsJson() {
    }

    /** The interview answer for {@code applicantId}: its questions, best first, in {@code language}. */
    public static void write(JsonGenerator g, String applicantId, String language, List<Question> questions)
            throws IOException {
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
            if (!q.options().isEmpty()) { // no options is no key: a date or a country takes any valid one
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
            if (!q.entries().isEmpty()) { // a list: what each entry of the answer gives (relationship, i130)
                g.writeArrayFieldStart("entries");
                for (String field : q.entries()) {
                    g.writeString(field);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("scopes");
            for (String scope : q.scopes()) {
                g.writeString(scope);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code {"applicantId": id or null, "errors": [{"field", "code", "message"}, ...]}}: field paths,
     * codes and messages, never an applicant's values.
     */
    public static void writeErrors(JsonGenerator g, String applicantId, List<Violation> violations) throws IOException {
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
    }

    /** A value as the applicant contract spells it: a JSON boolean or number, else its string (an enum's name). */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else {
            g.writeString(value.toString());
        }
    }
}
