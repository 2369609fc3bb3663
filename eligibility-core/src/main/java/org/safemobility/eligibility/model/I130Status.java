package org.safemobility.eligibility.model;

/** Status of a Form I-130 petition. */
public enum I130Status {
    PENDING,
    APPROVED,
    DENIED,
    REVOKED
}
