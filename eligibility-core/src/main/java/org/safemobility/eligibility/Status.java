package org.safemobility.eligibility;

/**
 * Status of program access or of a pathway: {@link #ELIGIBLE} when every criterion is met,
 * {@link #NOT_ELIGIBLE} when any is not met, otherwise {@link #POSSIBLY_ELIGIBLE}.
 *
 * <p>Declared from best to worst, so {@code compareTo} orders by preference.
 */
public enum Status {
    ELIGIBLE,
    POSSIBLY_ELIGIBLE,
    NOT_ELIGIBLE
}
