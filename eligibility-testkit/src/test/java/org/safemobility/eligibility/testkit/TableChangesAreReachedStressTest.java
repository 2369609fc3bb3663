package org.safemobility.eligibility.testkit;

import org.junit.jupiter.api.Tag;

/** {@link TableChangesAreReached} with the 10,000 applicants of issue 11 for each change (run with -Pstress). */
@Tag("stress")
class TableChangesAreReachedStressTest extends TableChangesAreReached {

    @Override
    int population() {
        return 10_000;
    }
}
