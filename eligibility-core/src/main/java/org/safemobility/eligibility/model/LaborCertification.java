package org.safemobility.eligibility.model;

/** State of the employer's temporary labour certification for a job offer. */
public enum LaborCertification {
    NONE,
    PENDING,
    APPROVED,
    DENIED
}
