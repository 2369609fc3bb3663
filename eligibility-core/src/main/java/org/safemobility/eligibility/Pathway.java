package org.safemobility.eligibility;

/** The six lawful pathways a report covers, in the policy's (and the report's) order. */
public enum Pathway {
    REFUGEE_RESETTLEMENT,
    FAMILY_REUNIFICATION_PAROLE,
    CENTRAL_AMERICAN_MINORS,
    H1B,
    H2A,
    H2B
}
