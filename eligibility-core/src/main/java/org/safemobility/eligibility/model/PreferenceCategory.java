package org.safemobility.eligibility.model;

/** Family category of a Form I-130 petition; IR is an immediate relative, F1 to F4 are preference categories. */
public enum PreferenceCategory {
    /** Immediate relative of a U.S. citizen. */
    IR,
    /** First preference: unmarried son or daughter of a U.S. citizen. */
    F1,
    /** Second preference A: spouse or child of a permanent resident. */
    F2A,
    /** Second preference B: unmarried son or daughter, 21 or older, of a permanent resident. */
    F2B,
    /** Third preference: married son or daughter of a U.S. citizen. */
    F3,
    /** Fourth preference: brother or sister of an adult U.S. citizen. */
    F4
}
