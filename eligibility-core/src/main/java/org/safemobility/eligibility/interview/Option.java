package org.safemobility.eligibility.interview;

import java.util.Objects;

/**
 * One allowed answer of a question.
 *
 * @param value the value as the applicant contract spells it ({@code ASYLUM_SEEKER}, {@code true})
 * @param label the value in words of the asked language
 */
public record Option(Object value, String label) {

    /**
     * An allowed answer.
     *
     * @param value the value as the applicant contract spells it ({@code ASYLUM_SEEKER}, {@code
     *              true})
     * @param label the value in words of the asked language
     * @throws NullPointerException if the value or the label is {@code null}
     */
    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
