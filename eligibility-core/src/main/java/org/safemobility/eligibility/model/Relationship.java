package org.safemobility.eligibility.model;

/** How a relative in the United States is related to the applicant. */
public enum Relationship {
    /** Spouse. */
    SPOUSE,
    /** Parent. */
    PARENT,
    /** Step-parent. */
    STEP_PARENT,
    /** Legal guardian. */
    LEGAL_GUARDIAN,
    /** Son or daughter. */
    CHILD,
    /** Brother or sister. */
    SIBLING,
    /** Any other relationship. */
    OTHER
}
