package org.safemobility.eligibility.model;

/** Immigration status of a relative in the United States. */
public enum RelativeStatus {
    US_CITIZEN,
    LPR,
    REFUGEE,
    ASYLEE,
    TPS,
    PAROLEE,
    DEFERRED_ACTION,
    DED,
    WITHHOLDING_OF_REMOVAL,
    PENDING_ASYLUM,
    PENDING_U_VISA,
    PENDING_T_VISA,
    OTHER
}
