package org.safemobility.eligibility.model;

/** Immigration status of a relative in the United States. */
public enum RelativeStatus {
    /** U.S. citizen. */
    US_CITIZEN,
    /** Lawful permanent resident. */
    LPR,
    /** Admitted as a refugee. */
    REFUGEE,
    /** Granted asylum. */
    ASYLEE,
    /** Temporary Protected Status. */
    TPS,
    /** Paroled into the United States. */
    PAROLEE,
    /** Deferred action. */
    DEFERRED_ACTION,
    /** Deferred Enforced Departure. */
    DED,
    /** Granted withholding of removal. */
    WITHHOLDING_OF_REMOVAL,
    /** An asylum application pending. */
    PENDING_ASYLUM,
    /** A U visa petition pending. */
    PENDING_U_VISA,
    /** A T visa application pending. */
    PENDING_T_VISA,
    /** Any other status. */
    OTHER
}
