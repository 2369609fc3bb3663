package org.safemobility.eligibility;

/**
 * Status of program access or of a pathway: {@link #ELIGIBLE} when every criterion is met,
 * {@link #NOT_ELIGIBLE} when any is not met, otherwise {@link #POSSIBLY_ELIGIBLE}.
 *
 * <p>Declared from best to worst, so {@code compareTo} orders by preference.
 */
public enum Status {
    /** Every criterion is met. */
    ELIGIBLE,
    /** No criterion is unmet, and some are still unknown: more answers can decide them. */
    POSSIBLY_ELIGIBLE,
    /** Some criterion is not met. */
    NOT_ELIGIBLE
}
