package org.safemobility.eligibility.interview;

import java.util.List;
import java.util.Objects;

/**
 * A question that can still change a status: ask it, put the answer at {@link #field()} of the
 * applicant, and ask for the next questions again.
 *
 * @param field   the field path, as in a report's {@code missingInformation}
 *                ({@code usRelatives[0].status}); a list path ({@code usRelatives}) asks for the
 *                whole list
 * @param text    the question, in the asked language
 * @param type    what kind of answer it takes
 * @param options the allowed values with their labels, for {@link AnswerType#ENUM},
 *                {@link AnswerType#ENUMS}, {@link AnswerType#BOOLEAN} and a list whose entries have
 *                a required field; empty otherwise
 * @param scopes  {@code ACCESS} and the pathways whose status the answer could still change, in
 *                report order
 */
public record Question(String field, String text, AnswerType type, List<Option> options, List<String> scopes) {

    public Question {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        scopes = List.copyOf(scopes);
    }
}
