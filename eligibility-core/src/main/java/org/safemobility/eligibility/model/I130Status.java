package org.safemobility.eligibility.model;

/** Status of a Form I-130 petition. */
public enum I130Status {
    /** Filed, not yet decided. */
    PENDING,
    /** Approved by USCIS. */
    APPROVED,
    /** Denied. */
    DENIED,
    /** Approved once, then revoked. */
    REVOKED
}
