package org.safemobility.eligibility.internal;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The documented limits on input (docs/reliability.md, {@code EligibilityJson}). A valid applicant
 * is a few kilobytes with lists of a handful of items; these bounds are far above that and far
 * below what could exhaust memory or time, so hostile input is rejected early with
 * {@code too-large} (or {@code out-of-range} for a date) instead of being read.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Limits {

    /** Characters of one applicant's JSON: a document, a JSON Lines line, an element of an array. */
    public static final int MAX_APPLICANT_CHARS = 256 * 1024;

    /** Items in any one list of an applicant. */
    public static final int MAX_LIST_ITEMS = 100;

    /** Characters of one JSON string value or property name. */
    public static final int MAX_STRING_CHARS = 4_096;

    /** Characters of one JSON number. */
    public static final int MAX_NUMBER_CHARS = 100;

    /** Nesting of JSON arrays and objects (an applicant needs 4, a report 6). */
    public static final int MAX_DEPTH = 16;

    /** Violations listed for one applicant; more are summed up in one last violation. */
    public static final int MAX_VIOLATIONS = 100;

    /** The first date an applicant may hold: what four-digit years allow. */
    public static final LocalDate MIN_DATE = LocalDate.of(0, 1, 1);

    /** The last date an applicant may hold. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    private Limits() {
    }
}
