package org.safemobility.eligibility.report;

import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Outcome;

/**
 * How one criterion was decided.
 *
 * @param id       criterion ID from the screening policy, for example {@code REF-NEXUS}
 * @param outcome  MET, NOT_MET or UNKNOWN
 * @param reason   one plain sentence naming the facts used
 * @param citation the legal or program source
 * @param rule     name of the rule that decided it
 * @param missing  field paths whose absence made it UNKNOWN, sorted; empty otherwise
 */
public record CriterionResult(
        String id, Outcome outcome, String reason, String citation, String rule, List<String> missing) {

    /**
     * How one criterion was decided; the missing fields are copied.
     *
     * @param id       criterion ID from the screening policy, for example {@code REF-NEXUS}
     * @param outcome  MET, NOT_MET or UNKNOWN
     * @param reason   one plain sentence naming the facts used
     * @param citation the legal or program source
     * @param rule     name of the rule that decided it
     * @param missing  field paths whose absence made it UNKNOWN, sorted; empty otherwise
     * @throws NullPointerException if any part is {@code null}
     */
    public CriterionResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(rule, "rule");
        missing = List.copyOf(missing);
    }

    /** Redacted: a reason may name answers (an evaluation date, an office); the rest is shown. */
    @Override
    public String toString() {
        return "CriterionResult[id=" + id + ", outcome=" + outcome + ", rule=" + rule + ", missing=" + missing
                + ", reason redacted]";
    }
}
