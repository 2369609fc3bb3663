package org.safemobility.eligibility.authoring.lint;

/** The lint codes, documented in docs/rules-authoring.md ("Lint codes"). */
final class Codes {

    // DRL
    static final String SYNTAX = "syntax";
    static final String FORBIDDEN_IMPORT = "forbidden-import";
    static final String FORBIDDEN_CALL = "forbidden-call";
    static final String FORBIDDEN_EVAL = "forbidden-eval";
    static final String FORBIDDEN_FUNCTION = "forbidden-function";
    static final String FORBIDDEN_ATTRIBUTE = "forbidden-attribute";
    static final String FORBIDDEN_DIALECT = "forbidden-dialect";
    static final String MISSING_METADATA = "missing-metadata";
    static final String MISSING_END = "missing-end";
    static final String UNKNOWN_FIELD = "unknown-field";
    static final String UNKNOWN_METHOD = "unknown-method";
    static final String UNKNOWN_CRITERION = "unknown-criterion";
    static final String UNDECIDED_CRITERION = "undecided-criterion";

    // the folder and its manifest
    static final String UNLISTED_FILE = "unlisted-file";
    static final String MISSING_FILE = "missing-file";

    // message catalogs (messages/<language>.properties)
    static final String MESSAGE_SYNTAX = "message-syntax";
    static final String MESSAGE_FILE = "message-file";
    static final String MISSING_MESSAGE = "missing-message";
    static final String UNKNOWN_MESSAGE = "unknown-message";
    static final String UNKNOWN_PLACEHOLDER = "unknown-placeholder";
    static final String PLACEHOLDER_MISMATCH = "placeholder-mismatch";

    // tables
    static final String UNREADABLE = "unreadable";
    static final String BAD_HEADER = "bad-header";
    static final String BAD_ROW = "bad-row";
    static final String COLUMN_COUNT = "column-count";
    static final String MISSING_CITATION = "missing-citation";
    static final String BAD_DATES = "bad-dates";
    static final String UNKNOWN_COUNTRY = "unknown-country";
    static final String UNKNOWN_OFFICE = "unknown-office";
    static final String OVERLAP = "overlap";
    static final String DUPLICATE = "duplicate";
    static final String GAP = "gap";
    static final String OUTSIDE_PERIOD = "outside-period";
    static final String UNKNOWN_REFERENCE = "unknown-reference";
    static final String UNREAD_VALUE = "unread-value";

    private Codes() {
    }
}
