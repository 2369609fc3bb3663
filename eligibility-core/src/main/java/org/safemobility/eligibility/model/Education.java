package org.safemobility.eligibility.model;

/** Highest level of education completed (JSON `employment.education`). */
public enum Education {
    NONE,
    PRIMARY,
    SECONDARY,
    ASSOCIATE,
    BACHELOR,
    MASTER,
    DOCTORATE
}
