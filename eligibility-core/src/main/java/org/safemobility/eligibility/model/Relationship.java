package org.safemobility.eligibility.model;

/** How a relative in the United States is related to the applicant. */
public enum Relationship {
    SPOUSE,
    PARENT,
    STEP_PARENT,
    LEGAL_GUARDIAN,
    CHILD,
    SIBLING,
    OTHER
}
