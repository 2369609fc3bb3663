package org.safemobility.eligibility;

/**
 * The three-valued outcome of one criterion (strong Kleene logic).
 *
 * <p>{@link #UNKNOWN} means the answers given do not decide the criterion: some answer is
 * missing, or nothing the applicant could add would settle it yet (a pending labour
 * certification).
 */
public enum Outcome {
    MET,
    NOT_MET,
    UNKNOWN
}
