package org.safemobility.eligibility;

/** The six lawful pathways a report covers, in the policy's (and the report's) order. */
public enum Pathway {
    /** Refugee resettlement through the U.S. Refugee Admissions Program. */
    REFUGEE_RESETTLEMENT,
    /** Family reunification parole, for relatives of U.S. citizens and permanent residents. */
    FAMILY_REUNIFICATION_PAROLE,
    /** The Central American Minors program, for children of parents lawfully in the United States. */
    CENTRAL_AMERICAN_MINORS,
    /** H-1B: temporary work in a specialty occupation. */
    H1B,
    /** H-2A: temporary or seasonal agricultural work. */
    H2A,
    /** H-2B: temporary non-agricultural work. */
    H2B
}
