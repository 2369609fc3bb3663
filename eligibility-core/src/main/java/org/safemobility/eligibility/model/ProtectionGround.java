package org.safemobility.eligibility.model;

/** A reason given for persecution or fear of it (JSON `protection.grounds`). */
public enum ProtectionGround {
    RACE,
    RELIGION,
    NATIONALITY,
    PARTICULAR_SOCIAL_GROUP,
    POLITICAL_OPINION,
    ECONOMIC,
    GENERALIZED_VIOLENCE,
    NATURAL_DISASTER
}
