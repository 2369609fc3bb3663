package org.safemobility.eligibility.model;

/** Marital status (JSON `maritalStatus`); SINGLE, DIVORCED and WIDOWED count as unmarried. */
public enum MaritalStatus {
    /** Never married. */
    SINGLE,
    /** Married. */
    MARRIED,
    /** Divorced. */
    DIVORCED,
    /** Widowed. */
    WIDOWED
}
