package org.safemobility.eligibility.model;

/** State of the employer's temporary labour certification for a job offer. */
public enum LaborCertification {
    /** None applied for. */
    NONE,
    /** Applied for, not yet decided. */
    PENDING,
    /** Certified by the Department of Labor. */
    APPROVED,
    /** Denied. */
    DENIED
}
