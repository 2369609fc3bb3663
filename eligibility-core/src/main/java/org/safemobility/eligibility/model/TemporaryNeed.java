package org.safemobility.eligibility.model;

/** The employer's temporary need behind a job offer; PERMANENT is not temporary. */
public enum TemporaryNeed {
    /** A one-time occurrence. */
    ONE_TIME,
    /** A seasonal need. */
    SEASONAL,
    /** A peak-load need. */
    PEAKLOAD,
    /** An intermittent need. */
    INTERMITTENT,
    /** A permanent need: not temporary. */
    PERMANENT
}
