package org.safemobility.eligibility.authoring.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The impact on one group of applicants: those of one office, or those holding one nationality
 * (an applicant with two nationalities is in both groups; a stateless one in the group
 * {@value #STATELESS}).
 *
 * @param group      the office or nationality code, or {@value #STATELESS}
 * @param applicants applicants of the group compared
 * @param changed    of those, the applicants screened differently (a status or a criterion outcome)
 * @param gained     of those, the applicants who gain a pathway ({@link ImpactReport#gained()})
 * @param lost       of those, the applicants who lose a pathway ({@link ImpactReport#lost()})
 * @param scopes     the status transitions of the group, per scope, in report order
 */
public record GroupImpact(String group, long applicants, long changed, long gained, long lost,
                          List<ScopeImpact> scopes) {

    /** The nationality group of applicants without a nationality. */
    public static final String STATELESS = "stateless";

    /**
     * The order a reader looks at groups in: most status moves first, then most changed applicants,
     * then the group's name (a generated population holds a couple of hundred nationalities).
     */
    public static final Comparator<GroupImpact> MOST_MOVED_FIRST = Comparator.comparingLong(GroupImpact::statusMoves)
            .reversed().thenComparing(Comparator.comparingLong(GroupImpact::changed).reversed())
            .thenComparing(GroupImpact::group);

    /**
     * Checks that every count is from 0 to the applicants of the group, and copies the scopes.
     *
     * @param group the office or nationality code, or {@value #STATELESS}
     * @param applicants applicants of the group compared
     * @param changed of those, the applicants screened differently (a status or a criterion outcome)
     * @param gained of those, the applicants who gain a pathway ({@link ImpactReport#gained()})
     * @param lost of those, the applicants who lose a pathway ({@link ImpactReport#lost()})
     * @param scopes the status transitions of the group, per scope, in report order
     * @throws IllegalArgumentException when a count is negative or above {@code applicants}
     */
    public GroupImpact {
        Objects.requireNonNull(group, "group");
        scopes = List.copyOf(scopes);
        if (changed > applicants || gained > applicants || lost > applicants || changed < 0 || gained < 0 || lost < 0) {
            throw new IllegalArgumentException("counts must be from 0 to the group's applicants");
        }
    }

    /**
     * Status moves of the group's applicants, summed over the scopes.
     *
     * @return the number of status transitions that moved, over all scopes (an applicant moving in two scopes
     *         counts twice)
     */
    public long statusMoves() {
        return scopes.stream().mapToLong(ScopeImpact::moved).sum();
    }

    /**
     * Applicants of the group whose status moved in {@code scope}.
     *
     * @param scope {@value ImpactReport#ACCESS} or a pathway name
     * @return the applicants whose status moved in that scope; 0 for a scope the group lacks
     */
    public long moved(String scope) {
        return scopes.stream().filter(s -> s.scope().equals(scope)).mapToLong(ScopeImpact::moved).sum();
    }
}
