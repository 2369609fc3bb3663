package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;

/**
 * Writes the answer of an interview request, {@code questions.schema.json#/$defs/answer}:
 * {@code {"applicantId", "language", "questions": [{"field", "text", "answer": {"type", "options"},
 * "scopes"}]}}, the questions best first.
 */
final class QuestionsJson {

    private QuestionsJson() {
    }

    static void write(JsonGenerator g, String applicantId, String language, List<Question> questions)
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
