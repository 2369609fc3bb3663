package org.safemobility.eligibility.authoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safemobility.eligibility.Outcome.MET;
import static org.safemobility.eligibility.Outcome.NOT_MET;
import static org.safemobility.eligibility.Outcome.UNKNOWN;
import static org.safemobility.eligibility.authoring.scenario.Reports.access;
import static org.safemobility.eligibility.authoring.scenario.Reports.criterion;
import static org.safemobility.eligibility.authoring.scenario.Reports.pathway;
import static org.safemobility.eligibility.authoring.scenario.Reports.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;

class ExpectationsTest {

    /**
     * Access POSSIBLY_ELIGIBLE (arrival date unknown); REF POSSIBLY_ELIGIBLE; H2A NOT_ELIGIBLE.
     * SMO-ACCESS UNKNOWN in both pathways.
     */
    private static final EligibilityReport REPORT = report(
            access(Status.POSSIBLY_ELIGIBLE, criterion("ACC-AGE", MET),
                    criterion("ACC-ARRIVAL-CUTOFF", UNKNOWN, "residence.arrivalDate")),
            List.of(new MissingInformation("residence.arrivalDate", List.of("ACCESS", "REFUGEE_RESETTLEMENT"), null)),
            pathway(Pathway.REFUGEE_RESETTLEMENT, Status.POSSIBLY_ELIGIBLE, criterion("SMO-ACCESS", UNKNOWN),
                    criterion("REF-NEXUS", MET)),
            pathway(Pathway.H2A, Status.NOT_ELIGIBLE, criterion("SMO-ACCESS", UNKNOWN),
                    criterion("H2A-NATIONALITY", NOT_MET)));

    private static Map<String, Outcome> criteria(Object... idsAndOutcomes) {
        Map<String, Outcome> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndOutcomes.length; i += 2) {
            map.put((String) idsAndOutcomes[i], (Outcome) idsAndOutcomes[i + 1]);
        }
        return map;
    }

    @Test
    void aReportThatMeetsEveryExpectationHasNoDifference() {
        Expectations expect = new Expectations(Status.POSSIBLY_ELIGIBLE,
                Map.of(Pathway.REFUGEE_RESETTLEMENT, Status.POSSIBLY_ELIGIBLE, Pathway.H2A, Status.NOT_ELIGIBLE),
                criteria("ACC-ARRIVAL-CUTOFF", UNKNOWN, "SMO-ACCESS", UNKNOWN, "H2A-NATIONALITY", NOT_MET),
                Map.of("ACC-ARRIVAL-CUTOFF", List.of("residence.arrivalDate"), "REF-NEXUS", List.of()),
                List.of(new Expectations.MissingField("residence.arrivalDate", List.of("ACCESS", "REFUGEE_RESETTLEMENT"))));

        assertEquals(List.of(), expect.differences(REPORT));
        assertEquals(List.of(), Expectations.NONE.differences(REPORT));
    }

    @Test
    void everyDifferenceIsListedInTheOrderOfTheExpectations() {
        Expectations expect = new Expectations(Status.ELIGIBLE,
                Map.of(Pathway.H2A, Status.ELIGIBLE),
                criteria("REF-NEXUS", NOT_MET, "CAM-AGE", MET),
                Map.of("ACC-ARRIVAL-CUTOFF", List.of()),
                List.of());

        assertEquals(List.of(
                "access: expected ELIGIBLE but was POSSIBLY_ELIGIBLE",
                "H2A: expected ELIGIBLE but was NOT_ELIGIBLE",
                "REF-NEXUS: expected NOT_MET but was MET (reason of REF-NEXUS [])",
                "CAM-AGE: not in the report",
                "ACC-ARRIVAL-CUTOFF missing: expected [] but was [residence.arrivalDate]",
                "missingInformation: expected [] but was [residence.arrivalDate [ACCESS, REFUGEE_RESETTLEMENT]]"),
                expect.differences(REPORT));
    }

    @Test
    void aDifferenceSharedByTwoPathwaysIsListedOnce() {
        Expectations expect = new Expectations(null, Map.of(), criteria("SMO-ACCESS", MET), Map.of(), null);

        assertEquals(List.of("SMO-ACCESS: expected MET but was UNKNOWN (reason of SMO-ACCESS [])"),
                expect.differences(REPORT));
    }

    @Test
    void missingFieldsOfACriterionNotInTheReportAreADifference() {
        Expectations expect = new Expectations(null, Map.of(), Map.of(), Map.of("CAM-AGE", List.of("dateOfBirth")), null);

        assertEquals(List.of("CAM-AGE missing: not in the report"), expect.differences(REPORT));
    }
}
