package org.safemobility.eligibility.model;

/** A reason given for persecution or fear of it (JSON `protection.grounds`). */
public enum ProtectionGround {
    /** Race (a protected ground). */
    RACE,
    /** Religion (a protected ground). */
    RELIGION,
    /** Nationality (a protected ground). */
    NATIONALITY,
    /** Membership in a particular social group (a protected ground). */
    PARTICULAR_SOCIAL_GROUP,
    /** Political opinion (a protected ground). */
    POLITICAL_OPINION,
    /** Economic hardship (not a protected ground). */
    ECONOMIC,
    /** Generalized violence (not a protected ground). */
    GENERALIZED_VIOLENCE,
    /** A natural disaster (not a protected ground). */
    NATURAL_DISASTER
}
