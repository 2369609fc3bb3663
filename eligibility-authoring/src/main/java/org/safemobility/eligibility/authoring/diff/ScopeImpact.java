package org.safemobility.eligibility.authoring.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.Status;

/**
 * The status transitions of one scope, program access or one pathway: for every pair of statuses
 * (old, new), how many applicants had that pair, unchanged pairs included.
 *
 * <pre>{@code
 * ScopeImpact refugee = impact.pathway(Pathway.REFUGEE_RESETTLEMENT);
 * refugee.count(Status.ELIGIBLE, Status.NOT_ELIGIBLE);   // applicants who lost the pathway
 * refugee.moves();                                       // only the non-zero changes
 * }</pre>
 *
 * @param scope       {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
 * @param transitions all nine pairs of statuses, each once, ordered by old status then new status
 *                    ({@link Status} order)
 */
public record ScopeImpact(String scope, List<Transition> transitions) {

    private static final int STATUSES = Status.values().length;

    /**
     * Checks that every pair of statuses is there once, in {@link Status} order, and copies the list.
     *
     * @param scope {@value ImpactReport#ACCESS} or a {@link org.safemobility.eligibility.Pathway} name
     * @param transitions all nine pairs of statuses, each once, ordered by old status then new status ({@link
     *                    Status} order)
     * @throws IllegalArgumentException when a pair is missing, repeated or out of order
     */
    public ScopeImpact {
        Objects.requireNonNull(scope, "scope");
        transitions = List.copyOf(transitions);
        if (transitions.size() != STATUSES * STATUSES) {
            throw new IllegalArgumentException("transitions: need every pair of statuses once, got " + transitions.size());
        }
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            if (t.from().ordinal() != i / STATUSES || t.to().ordinal() != i % STATUSES) {
                throw new IllegalArgumentException("transitions: every pair of statuses once, in Status order");
            }
        }
    }

    /** A scope's impact from a matrix of counts indexed by old and new {@link Status#ordinal()}. */
    static ScopeImpact of(String scope, long[][] counts) {
        List<Transition> transitions = new ArrayList<>(STATUSES * STATUSES);
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                transitions.add(new Transition(from, to, counts[from.ordinal()][to.ordinal()]));
            }
        }
        return new ScopeImpact(scope, transitions);
    }

    /**
     * How many applicants had status {@code from} under the old rules and {@code to} under the new.
     *
     * @param from the status under the old rules
     * @param to the status under the new rules
     * @return the applicants with that pair of statuses
     */
    public long count(Status from, Status to) {
        return transitions.get(from.ordinal() * STATUSES + to.ordinal()).count();
    }

    /**
     * Applicants whose status in this scope stayed the same.
     *
     * @return the applicants with the same status under both rule sets
     */
    public long unchanged() {
        return transitions.stream().filter(t -> !t.moved()).mapToLong(Transition::count).sum();
    }

    /**
     * Applicants whose status in this scope changed.
     *
     * @return the applicants with a different status under the new rules
     */
    public long moved() {
        return transitions.stream().filter(Transition::moved).mapToLong(Transition::count).sum();
    }

    /**
     * Applicants with status {@code status} under the old rules: the total before the edit.
     *
     * @param status a status
     * @return the applicants with that status under the old rules
     */
    public long before(Status status) {
        return transitions.stream().filter(t -> t.from() == status).mapToLong(Transition::count).sum();
    }

    /**
     * Applicants with status {@code status} under the new rules: the total after the edit.
     *
     * @param status a status
     * @return the applicants with that status under the new rules
     */
    public long after(Status status) {
        return transitions.stream().filter(t -> t.to() == status).mapToLong(Transition::count).sum();
    }

    /**
     * Applicants whose status in this scope improved (towards {@code ELIGIBLE}).
     *
     * @return the applicants whose status improved
     */
    public long improved() {
        return transitions.stream().filter(t -> t.to().ordinal() < t.from().ordinal()).mapToLong(Transition::count).sum();
    }

    /**
     * Applicants whose status in this scope worsened (towards {@code NOT_ELIGIBLE}).
     *
     * @return the applicants whose status worsened
     */
    public long worsened() {
        return transitions.stream().filter(t -> t.to().ordinal() > t.from().ordinal()).mapToLong(Transition::count).sum();
    }

    /**
     * Every applicant compared: {@link #unchanged()} plus {@link #moved()}.
     *
     * @return the applicants compared in this scope
     */
    public long total() {
        return unchanged() + moved();
    }

    /**
     * The transitions that changed a status and happened at least once, in {@link #transitions()} order.
     *
     * @return the non-zero status changes; empty when no status moved
     */
    public List<Transition> moves() {
        return transitions.stream().filter(t -> t.moved() && t.count() > 0).toList();
    }
}
