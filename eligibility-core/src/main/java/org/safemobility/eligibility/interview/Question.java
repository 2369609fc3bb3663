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
 * @param entries for a {@link AnswerType#LIST}, what the answer gives of each entry: its required
 *                field (whose choices are the options) and each object whose presence the policy
 *                reads, as an empty object ({@code usRelatives}: {@code relationship}, and
 *                {@code i130} when that relative filed a Form I-130 for the applicant, which makes
 *                the entry a petition); the entries' other fields are asked afterwards. Empty for
 *                other types
 */
public record Question(String field, String text, AnswerType type, List<Option> options, List<String> scopes,
                       List<String> entries) {

    /**
     * A question; the lists are copied.
     *
     * @param field   the field path, as in a report's {@code missingInformation} ({@code
     *                usRelatives[0].status}); a list path ({@code usRelatives}) asks for the whole
     *                list
     * @param text    the question, in the asked language
     * @param type    what kind of answer it takes
     * @param options the allowed values with their labels, for {@link AnswerType#ENUM}, {@link
     *                AnswerType#ENUMS}, {@link AnswerType#BOOLEAN} and a list whose entries have a
     *                required field; empty otherwise
     * @param scopes  {@code ACCESS} and the pathways whose status the answer could still change, in
     *                report order
     * @param entries for a {@link AnswerType#LIST}, what the answer gives of each entry: its
     *                required field (whose choices are the options) and each object whose presence
     *                the policy reads, as an empty object ({@code usRelatives}: {@code
     *                relationship}, and {@code i130} when that relative filed a Form I-130 for the
     *                applicant, which makes the entry a petition); the entries' other fields are
     *                asked afterwards. Empty for other types
     * @throws NullPointerException if any part is {@code null}
     */
    public Question {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        scopes = List.copyOf(scopes);
        entries = List.copyOf(entries);
    }
}
