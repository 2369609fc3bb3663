package org.safemobility.eligibility.model;

/** Family category of a Form I-130 petition; IR is an immediate relative, F1 to F4 are preference categories. */
public enum PreferenceCategory {
    IR,
    F1,
    F2A,
    F2B,
    F3,
    F4
}
