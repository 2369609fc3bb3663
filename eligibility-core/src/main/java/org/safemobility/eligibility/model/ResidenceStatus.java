package org.safemobility.eligibility.model;

/** The applicant's status in the country of residence (JSON `residence.status`). */
public enum ResidenceStatus {
    CITIZEN,
    PERMANENT_RESIDENT,
    TEMPORARY_RESIDENT,
    REGULARIZATION_IN_PROCESS,
    ASYLUM_SEEKER,
    RECOGNIZED_REFUGEE,
    IRREGULAR
}
