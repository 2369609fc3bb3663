package org.safemobility.eligibility.testkit;

/** {@link TableChangesAreReached} with 3,000 applicants for each change: the default build's variant. */
class TableChangesAreReachedTest extends TableChangesAreReached {

    @Override
    int population() {
        return 3_000;
    }
}
