package org.safemobility.eligibility;

/**
 * The three-valued outcome of one criterion (strong Kleene logic).
 *
 * <p>{@link #UNKNOWN} means the answers given do not decide the criterion: some answer is
 * missing, or nothing the applicant could add would settle it yet (a pending labour
 * certification).
 */
public enum Outcome {
    /** The answers satisfy the criterion. */
    MET,
    /** The answers fail the criterion; no further answer can change that. */
    NOT_MET,
    /** The answers do not decide the criterion yet. */
    UNKNOWN
}
