package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Status;

/** The order the reports list groups in: most status moves, then most changed, then name. */
class GroupImpactTest {

    /** A group whose ACCESS status moved for {@code moved} applicants (ELIGIBLE to NOT_ELIGIBLE). */
    private static GroupImpact group(String name, long changed, long moved) {
        long[][] counts = new long[3][3];
        counts[Status.ELIGIBLE.ordinal()][Status.NOT_ELIGIBLE.ordinal()] = moved;
        counts[Status.NOT_ELIGIBLE.ordinal()][Status.NOT_ELIGIBLE.ordinal()] = 100 - moved;
        return new GroupImpact(name, 100, changed, 0, moved, List.of(ScopeImpact.of("ACCESS", counts)));
    }

    @Test
    void mostStatusMovesFirstThenMostChangedThenName() {
        List<GroupImpact> groups = new ArrayList<>(List.of(group("AD", 50, 0), group("VE", 5, 3), group("CU", 9, 3),
                group("NI", 9, 3), group("HT", 60, 1)));
        groups.sort(GroupImpact.MOST_MOVED_FIRST);
        assertEquals(List.of("CU", "NI", "VE", "HT", "AD"), groups.stream().map(GroupImpact::group).toList());
        assertEquals(3, groups.get(0).statusMoves());
    }
}
