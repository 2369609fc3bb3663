package org.safemobility.eligibility.model;

/** A security ground found by screening (JSON `protection.securityConcerns`). */
public enum SecurityConcern {
    /** Terrorism-related grounds. */
    TERRORISM,
    /** Drug trafficking. */
    DRUG_TRAFFICKING,
    /** Participation in persecution, genocide or torture. */
    PERSECUTION_GENOCIDE_TORTURE,
    /** Serious adverse foreign-policy consequences. */
    FOREIGN_POLICY
}
