package org.safemobility.eligibility.model;

/** The applicant's status in the country of residence (JSON `residence.status`). */
public enum ResidenceStatus {
    /** A citizen of the country of residence. */
    CITIZEN,
    /** A permanent resident there. */
    PERMANENT_RESIDENT,
    /** A temporary resident there. */
    TEMPORARY_RESIDENT,
    /** Regularisation applied for, not yet decided. */
    REGULARIZATION_IN_PROCESS,
    /** An asylum seeker there. */
    ASYLUM_SEEKER,
    /** A recognized refugee there. */
    RECOGNIZED_REFUGEE,
    /** Without status there. */
    IRREGULAR
}
