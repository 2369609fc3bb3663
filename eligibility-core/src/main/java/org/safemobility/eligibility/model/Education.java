package org.safemobility.eligibility.model;

/** Highest level of education completed (JSON `employment.education`). */
public enum Education {
    /** No schooling completed. */
    NONE,
    /** Primary school. */
    PRIMARY,
    /** Secondary school. */
    SECONDARY,
    /** An associate's degree. */
    ASSOCIATE,
    /** A bachelor's degree. */
    BACHELOR,
    /** A master's degree. */
    MASTER,
    /** A doctorate. */
    DOCTORATE
}
