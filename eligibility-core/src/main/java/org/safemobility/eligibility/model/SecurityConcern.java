package org.safemobility.eligibility.model;

/** A security ground found by screening (JSON `protection.securityConcerns`). */
public enum SecurityConcern {
    TERRORISM,
    DRUG_TRAFFICKING,
    PERSECUTION_GENOCIDE_TORTURE,
    FOREIGN_POLICY
}
