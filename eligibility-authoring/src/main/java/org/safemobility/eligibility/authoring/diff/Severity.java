package org.safemobility.eligibility.authoring.diff;

/**
 * How much a change matters to the applicant, most severe first: the order in which
 * {@link ImpactReport#examples()} shows changed applicants (input order within one severity).
 */
public enum Severity {
    /** A scope (access or a pathway) that was {@code ELIGIBLE} is not any more. */
    LOSES_ELIGIBLE,
    /** A status worsens ({@code POSSIBLY_ELIGIBLE -> NOT_ELIGIBLE}) and none was {@code ELIGIBLE}. */
    WORSENS,
    /** Statuses change, and every change is an improvement. */
    IMPROVES,
    /** No status changes; only criteria outcomes do. */
    CRITERIA_ONLY
}
