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

    /** How many applicants had status {@code from} under the old rules and {@code to} under the new. */
    public long count(Status from, Status to) {
        return transitions.get(from.ordinal() * STATUSES + to.ordinal()).count();
    }

    /** Applicants whose status in this scope stayed the same. */
    public long unchanged() {
        return transitions.stream().filter(t -> !t.moved()).mapToLong(Transition::count).sum();
    }

    /** Applicants whose status in this scope changed. */
    public long moved() {
        return transitions.stream().filter(Transition::moved).mapToLong(Transition::count).sum();
    }

    /** Applicants with status {@code status} under the old rules: the total before the edit. */
    public long before(Status status) {
        return transitions.stream().filter(t -> t.from() == status).mapToLong(Transition::count).sum();
    }

    /** Applicants with status {@code status} under the new rules: the total after the edit. */
    public long after(Status status) {
        return transitions.stream().filter(t -> t.to() == status).mapToLong(Transition::count).sum();
    }

    /** Applicants whose status in this scope improved (towards {@code ELIGIBLE}). */
    public long improved() {
        return transitions.stream().filter(t -> t.to().ordinal() < t.from().ordinal()).mapToLong(Transition::count).sum();
    }

    /** Applicants whose status in this scope worsened (towards {@code NOT_ELIGIBLE}). */
    public long worsened() {
        return transitions.stream().filter(t -> t.to().ordinal() > t.from().ordinal()).mapToLong(Transition::count).sum();
    }

    /** Every applicant compared: {@link #unchanged()} plus {@link #moved()}. */
    public long total() {
        return unchanged() + moved();
    }

    /** The transitions that changed a status and happened at least once, in {@link #transitions()} order. */
    public List<Transition> moves() {
        return transitions.stream().filter(t -> t.moved() && t.count() > 0).toList();
    }
}
