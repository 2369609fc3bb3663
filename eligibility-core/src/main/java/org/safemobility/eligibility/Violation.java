package org.safemobility.eligibility;

import java.util.Objects;

/**
 * One problem with an input: where it is, what kind it is, and a message that never repeats the
 * offending value.
 *
 * @param field   the field path as the JSON has it, for example {@code usRelatives[0].i130.status};
 *                empty for the document itself
 * @param code    a stable, machine-readable code, for example {@code unknown-property}; see
 *                {@link Codes}
 * @param message a plain sentence for people
 */
public record Violation(String field, String code, String message) {

    /**
     * A violation; every part is required.
     *
     * @param field   the field path as the JSON has it, for example {@code
     *                usRelatives[0].i130.status}; empty for the document itself
     * @param code    a stable, machine-readable code, for example {@code unknown-property}; see
     *                {@link Codes}
     * @param message a plain sentence for people
     * @throws NullPointerException if any part is {@code null}
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The violation codes this library produces. */
    public static final class Codes {
        /** The input is not well-formed JSON. */
        public static final String MALFORMED_JSON = "malformed-json";
        /** An object holds the same key twice. */
        public static final String DUPLICATE_KEY = "duplicate-key";
        /** A property the contract does not define. */
        public static final String UNKNOWN_PROPERTY = "unknown-property";
        /** A required property is absent. */
        public static final String REQUIRED = "required";
        /** A value of the wrong JSON type. */
        public static final String WRONG_TYPE = "wrong-type";
        /** A value outside its enumeration. */
        public static final String NOT_IN_ENUM = "not-in-enum";
        /** A string that does not match its pattern (the applicant id). */
        public static final String PATTERN = "pattern";
        /** A date that is not an ISO-8601 calendar date (YYYY-MM-DD). */
        public static final String MALFORMED_DATE = "malformed-date";
        /** A two-letter country code that is not assigned in ISO 3166-1. */
        public static final String UNASSIGNED_COUNTRY = "unassigned-country";
        /** A country code written in lower case. */
        public static final String LOWER_CASE_COUNTRY = "lower-case-country";
        /** A country code that is not two letters. */
        public static final String MALFORMED_COUNTRY = "malformed-country";
        /** A number outside its allowed range. */
        public static final String OUT_OF_RANGE = "out-of-range";
        /** The same item twice in a list that must hold distinct items. */
        public static final String DUPLICATE_ITEM = "duplicate-item";
        /** The date of birth lies after the evaluation date. */
        public static final String BORN_AFTER_EVALUATION_DATE = "born-after-evaluation-date";
        /**
         * An input larger than the documented limits: a document, a string, a number, a list, or
         * nesting (see {@code EligibilityJson}).
         */
        public static final String TOO_LARGE = "too-large";
        /**
         * Not a fault of the input: the rules failed on a valid applicant. A batch's output (the
         * CLI's error object, the Spark job's {@code errors} column) writes such an applicant's
         * {@link org.safemobility.eligibility.ScreeningResult.Failed failure} with this code
         * ({@link org.safemobility.eligibility.ScreeningResult.Failed#violation()}).
         */
        public static final String EVALUATION_FAILED = "evaluation-failed";
        /** More violations than are listed for one applicant; this last one counts the rest. */
        public static final String TOO_MANY_VIOLATIONS = "too-many-violations";

        private Codes() {
        }
    }
}
