package org.safemobility.eligibility.authoring.diff;

import java.util.Objects;
import org.safemobility.eligibility.Status;

/**
 * How many applicants had status {@code from} under the old rules and {@code to} under the new
 * ones, in one scope. A transition with {@code from == to} counts applicants whose status stayed.
 *
 * @param from  the status under the old rules
 * @param to    the status under the new rules
 * @param count how many applicants, 0 or more
 */
public record Transition(Status from, Status to, long count) {

    /**
     * Checks that both statuses are present and the count is not negative.
     *
     * @param from the status under the old rules
     * @param to the status under the new rules
     * @param count how many applicants, 0 or more
     * @throws IllegalArgumentException when the count is negative
     */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more");
        }
    }

    /**
     * Whether the status changed: {@code from != to}.
     *
     * @return true when the old and new statuses differ
     */
    public boolean moved() {
        return from != to;
    }
}
