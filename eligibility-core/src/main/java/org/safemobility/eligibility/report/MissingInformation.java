package org.safemobility.eligibility.report;

import java.util.List;
import java.util.Objects;

/**
 * An unanswered question that could still change a status.
 *
 * @param field    the input field path, for example {@code protection.grounds}
 * @param pathways {@code ACCESS} and/or pathway names, in report order, whose status the answer
 *                 could still change
 * @param question the question to ask the applicant, in the report's language
 */
public record MissingInformation(String field, List<String> pathways, String question) {

    /**
     * A question still worth asking; the pathways are copied.
     *
     * @param field    the input field path, for example {@code protection.grounds}
     * @param pathways {@code ACCESS} and/or pathway names, in report order, whose status the answer
     *                 could still change
     * @param question the question to ask the applicant, in the report's language
     * @throws NullPointerException if the field or the pathways are {@code null}
     */
    public MissingInformation {
        Objects.requireNonNull(field, "field");
        pathways = List.copyOf(pathways);
    }
}
