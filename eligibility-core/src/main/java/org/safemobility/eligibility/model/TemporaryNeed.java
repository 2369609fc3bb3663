package org.safemobility.eligibility.model;

/** The employer's temporary need behind a job offer; PERMANENT is not temporary. */
public enum TemporaryNeed {
    ONE_TIME,
    SEASONAL,
    PEAKLOAD,
    INTERMITTENT,
    PERMANENT
}
