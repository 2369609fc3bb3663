package org.safemobility.eligibility.model;

/** Marital status (JSON `maritalStatus`); SINGLE, DIVORCED and WIDOWED count as unmarried. */
public enum MaritalStatus {
    SINGLE,
    MARRIED,
    DIVORCED,
    WIDOWED
}
