package org.safemobility.eligibility.authoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.Outcome.MET;
import static org.safemobility.eligibility.Outcome.NOT_MET;
import static org.safemobility.eligibility.Outcome.UNKNOWN;
import static org.safemobility.eligibility.authoring.scenario.Reports.access;
import static org.safemobility.eligibility.authoring.scenario.Reports.criterion;
import static org.safemobility.eligibility.authoring.scenario.Reports.pathway;
import static org.safemobility.eligibility.authoring.scenario.Reports.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.EligibilityReport;

class CoverageTableTest {

    private static final List<String> IDS = List.of("ACC-AGE", "ACC-C4-RESIDENCY", "SMO-ACCESS", "REF-NEXUS");

    /** ACC-AGE MET; SMO-ACCESS MET in two pathways; REF-NEXUS NOT_MET. */
    private static final EligibilityReport FIRST = report(access(Status.ELIGIBLE, criterion("ACC-AGE", MET)),
            pathway(Pathway.REFUGEE_RESETTLEMENT, Status.NOT_ELIGIBLE, criterion("SMO-ACCESS", MET),
                    criterion("REF-NEXUS", NOT_MET)),
            pathway(Pathway.H1B, Status.ELIGIBLE, criterion("SMO-ACCESS", MET)));

    /** ACC-AGE NOT_MET; SMO-ACCESS NOT_MET in two pathways; REF-NEXUS UNKNOWN. */
    private static final EligibilityReport SECOND = report(access(Status.NOT_ELIGIBLE, criterion("ACC-AGE", NOT_MET)),
            pathway(Pathway.REFUGEE_RESETTLEMENT, Status.NOT_ELIGIBLE, criterion("SMO-ACCESS", NOT_MET),
                    criterion("REF-NEXUS", UNKNOWN, "protection.grounds")),
            pathway(Pathway.H1B, Status.NOT_ELIGIBLE, criterion("SMO-ACCESS", NOT_MET)));

    @Test
    void countsEachCriterionOncePerReportAndOutcome() {
        CoverageTable table = CoverageTable.of(IDS, List.of(FIRST, SECOND));

        assertEquals(2, table.reports());
        assertEquals(IDS, table.criteria());
        assertEquals(1, table.count("ACC-AGE", MET));
        assertEquals(1, table.count("ACC-AGE", NOT_MET));
        assertEquals(0, table.count("ACC-AGE", UNKNOWN));
        // shown in two pathways of each report, counted once per report
        assertEquals(1, table.count("SMO-ACCESS", MET));
        assertEquals(1, table.count("SMO-ACCESS", NOT_MET));
        assertEquals(0, table.count("REF-NEXUS", MET));
        assertEquals(1, table.count("REF-NEXUS", NOT_MET));
        assertEquals(1, table.count("REF-NEXUS", UNKNOWN));
    }

    @Test
    void everyCriterionOfTheRuleSetHasARowAndOneNeverSeenIsAGap() {
        CoverageTable table = CoverageTable.of(IDS, List.of(FIRST, SECOND));

        assertEquals(0, table.count("ACC-C4-RESIDENCY", MET) + table.count("ACC-C4-RESIDENCY", NOT_MET)
                + table.count("ACC-C4-RESIDENCY", UNKNOWN));
        assertTrue(table.covered("ACC-AGE"));
        assertTrue(table.covered("SMO-ACCESS"));
        assertFalse(table.covered("REF-NEXUS"));
        assertEquals(List.of("ACC-C4-RESIDENCY", "REF-NEXUS"), table.gaps());
    }

    @Test
    void aCriterionThatCameOutTwoWaysInOneReportCountsForBoth() {
        EligibilityReport split = report(access(Status.ELIGIBLE),
                pathway(Pathway.H2A, Status.ELIGIBLE, criterion("SMO-ACCESS", MET)),
                pathway(Pathway.H2B, Status.NOT_ELIGIBLE, criterion("SMO-ACCESS", NOT_MET)));

        CoverageTable table = CoverageTable.of(List.of("SMO-ACCESS"), List.of(split));

        assertEquals(1, table.count("SMO-ACCESS", MET));
        assertEquals(1, table.count("SMO-ACCESS", NOT_MET));
        assertEquals(List.of(), table.gaps());
    }

    @Test
    void aCriterionOutsideTheListGetsARowAfterTheOthers() {
        CoverageTable table = CoverageTable.of(List.of("REF-NEXUS"), List.of(FIRST));

        assertEquals(List.of("REF-NEXUS", "ACC-AGE", "SMO-ACCESS"), table.criteria());
        assertEquals(1, table.count("SMO-ACCESS", MET));
        assertThrows(IllegalArgumentException.class, () -> table.count("CAM-AGE", MET));
    }

    @Test
    void textAlignsTheCountsUnderTheirHeadingsAndMarksTheGaps() {
        CoverageTable table = CoverageTable.of(IDS, List.of(FIRST, SECOND));

        assertEquals("""
                criterion         MET  NOT_MET  UNKNOWN
                ACC-AGE             1        1        0
                ACC-C4-RESIDENCY    0        0        0  gap
                SMO-ACCESS          1        1        0
                REF-NEXUS           0        1        1  gap
                2 of 4 criteria not seen both MET and NOT_MET (gap)
                """, table.toText());
    }

    @Test
    void textWidensAColumnForLargeCounts() {
        List<EligibilityReport> many = java.util.Collections.nCopies(1234,
                report(access(Status.ELIGIBLE, criterion("ACC-AGE", MET))));
        CoverageTable table = CoverageTable.of(List.of("ACC-AGE"), many);

        assertEquals("""
                criterion   MET  NOT_MET  UNKNOWN
                ACC-AGE    1234        0        0  gap
                1 of 1 criterion not seen both MET and NOT_MET (gap)
                """, table.toText());
    }

    @Test
    void noGapsIsSaidSo() {
        CoverageTable table = CoverageTable.of(List.of("ACC-AGE"), List.of(
                report(access(Status.ELIGIBLE, criterion("ACC-AGE", MET))),
                report(access(Status.NOT_ELIGIBLE, criterion("ACC-AGE", NOT_MET)))));

        assertEquals("""
                criterion  MET  NOT_MET  UNKNOWN
                ACC-AGE      1        1        0
                every criterion seen both MET and NOT_MET
                """, table.toText());
    }
}
