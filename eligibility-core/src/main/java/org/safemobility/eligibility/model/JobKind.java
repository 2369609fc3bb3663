package org.safemobility.eligibility.model;

/** Kind of a U.S. job offer. */
public enum JobKind {
    /** A specialty occupation (H-1B). */
    SPECIALTY_OCCUPATION,
    /** Agricultural work (H-2A). */
    AGRICULTURAL,
    /** Non-agricultural work (H-2B). */
    NON_AGRICULTURAL
}
