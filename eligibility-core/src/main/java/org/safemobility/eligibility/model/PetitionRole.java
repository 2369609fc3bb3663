package org.safemobility.eligibility.model;

/** Whether the applicant is the principal beneficiary of a petition or a derivative (spouse or child of the principal). */
public enum PetitionRole {
    /** The principal beneficiary of the petition. */
    PRINCIPAL,
    /** A derivative beneficiary: the spouse or child of the principal. */
    DERIVATIVE
}
