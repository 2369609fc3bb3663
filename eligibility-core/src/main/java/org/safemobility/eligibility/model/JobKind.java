package org.safemobility.eligibility.model;

/** Kind of a U.S. job offer. */
public enum JobKind {
    SPECIALTY_OCCUPATION,
    AGRICULTURAL,
    NON_AGRICULTURAL
}
