package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.safemobility.eligibility.Outcome.MET;
import static org.safemobility.eligibility.Outcome.NOT_MET;
import static org.safemobility.eligibility.Outcome.UNKNOWN;
import static org.safemobility.eligibility.Status.ELIGIBLE;
import static org.safemobility.eligibility.Status.NOT_ELIGIBLE;
import static org.safemobility.eligibility.Status.POSSIBLY_ELIGIBLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** How two reports of one applicant are compared, on reports written by hand (no rules involved). */
class ReportDiffTest {

    private static CriterionResult criterion(String id, Outcome outcome, String reason) {
        return new CriterionResult(id, outcome, reason, "citation", id, List.of());
    }

    /** A report with the given access and H1B results; the other pathways NOT_ELIGIBLE on SMO-ACCESS alone. */
    private static EligibilityReport report(Status access, List<CriterionResult> accessCriteria, Status h1b,
                                            List<CriterionResult> h1bCriteria) {
        List<PathwayResult> pathways = new ArrayList<>();
        for (Pathway p : Pathway.values()) {
            pathways.add(p == Pathway.H1B ? new PathwayResult(p, h1b, h1bCriteria, List.of())
                    : new PathwayResult(p, NOT_ELIGIBLE, List.of(criterion("SMO-ACCESS", NOT_MET, "No access.")), List.of()));
        }
        return new EligibilityReport("applicant-1", LocalDate.of(2024, 1, 15), "rules+sha256.0", "en", new AccessResult(access,
                accessCriteria), pathways, List.of());
    }

    private static final List<CriterionResult> ACCESS_MET = List.of(criterion("ACC-AGE", MET, "Adult."));

    @Test
    void reportsThatAgreeOnEveryOutcomeAreNoChangeEvenWithOtherReasons() {
        EligibilityReport a = report(ELIGIBLE, ACCESS_MET, ELIGIBLE,
                List.of(criterion("H1B-JOB-OFFER", MET, "employment.jobOffers[0]: A specialty occupation.")));
        EligibilityReport b = report(ELIGIBLE, List.of(criterion("ACC-AGE", MET, "Worded otherwise.")), ELIGIBLE,
                List.of(criterion("H1B-JOB-OFFER", MET, "employment.jobOffers[0]: Worded otherwise.")));

        assertNull(ReportDiff.compare(a, b));
        assertNull(ReportDiff.compare(a, a));
    }

    @Test
    void anOutcomeThatChangesIsAChangeWithBothReasonsEvenWhenNoStatusMoves() {
        EligibilityReport a = report(NOT_ELIGIBLE, List.of(criterion("ACC-AGE", NOT_MET, "Minor."),
                criterion("ACC-OFFICE-OPEN", UNKNOWN, "Not decided yet.")), NOT_ELIGIBLE, List.of());
        EligibilityReport b = report(NOT_ELIGIBLE, List.of(criterion("ACC-AGE", NOT_MET, "Minor."),
                criterion("ACC-OFFICE-OPEN", NOT_MET, "Closed.")), NOT_ELIGIBLE, List.of());

        ChangedApplicant change = ReportDiff.compare(a, b);

        assertEquals("applicant-1", change.applicantId());
        assertEquals(List.of(), change.statusChanges());
        assertEquals(List.of(new CriterionChange("ACCESS", "ACC-OFFICE-OPEN", null, UNKNOWN, "Not decided yet.",
                NOT_MET, "Closed.")), change.criterionChanges());
    }

    @Test
    void statusesThatMoveAreListedAccessFirstThenPathwaysInReportOrder() {
        EligibilityReport a = report(ELIGIBLE, ACCESS_MET, ELIGIBLE, List.of(criterion("H1B-CAP", MET, "Selected.")));
        EligibilityReport b = report(POSSIBLY_ELIGIBLE, List.of(criterion("ACC-AGE", UNKNOWN, "No birth date.")),
                NOT_ELIGIBLE, List.of(criterion("H1B-CAP", NOT_MET, "Not selected.")));

        ChangedApplicant change = ReportDiff.compare(a, b);

        assertEquals(List.of(new StatusChange("ACCESS", ELIGIBLE, POSSIBLY_ELIGIBLE),
                new StatusChange("H1B", ELIGIBLE, NOT_ELIGIBLE)), change.statusChanges());
        assertEquals(List.of("ACCESS ACC-AGE", "H1B H1B-CAP"),
                change.criterionChanges().stream().map(c -> c.scope() + " " + c.criterion()).toList());
    }

    @Test
    void criteriaOfAnotherOfferAreMatchedByTheirCandidateNotByTheirIdAlone() {
        // the old report shows offer 0, the new one offer 2; both offers' criteria are MET
        EligibilityReport a = report(ELIGIBLE, ACCESS_MET, ELIGIBLE, List.of(
                criterion("H1B-JOB-OFFER", MET, "employment.jobOffers[0]: A specialty occupation."),
                criterion("H1B-QUALIFICATION", MET, "A bachelor's degree.")));
        EligibilityReport b = report(ELIGIBLE, ACCESS_MET, ELIGIBLE, List.of(
                criterion("H1B-JOB-OFFER", MET, "employment.jobOffers[2]: A specialty occupation."),
                criterion("H1B-QUALIFICATION", MET, "A bachelor's degree.")));

        ChangedApplicant change = ReportDiff.compare(a, b);

        assertEquals(List.of(), change.statusChanges());
        assertEquals(List.of(
                new CriterionChange("H1B", "H1B-JOB-OFFER", "employment.jobOffers[0]", MET,
                        "employment.jobOffers[0]: A specialty occupation.", null, null),
                new CriterionChange("H1B", "H1B-JOB-OFFER", "employment.jobOffers[2]", null, null, MET,
                        "employment.jobOffers[2]: A specialty occupation.")), change.criterionChanges());
    }

    @Test
    void aCriterionOnlyOneSideHasIsAChange() {
        EligibilityReport a = report(ELIGIBLE, ACCESS_MET, NOT_ELIGIBLE, List.of(criterion("H1B-CAP", NOT_MET, "No.")));
        EligibilityReport b = report(ELIGIBLE, ACCESS_MET, NOT_ELIGIBLE, List.of(criterion("H1B-CAP", NOT_MET, "No."),
                criterion("H1B-NEW", UNKNOWN, "Not decided yet.")));

        ChangedApplicant change = ReportDiff.compare(a, b);

        assertEquals(List.of(new CriterionChange("H1B", "H1B-NEW", null, null, null, UNKNOWN, "Not decided yet.")),
                change.criterionChanges());
        assertEquals(List.of(new CriterionChange("H1B", "H1B-NEW", null, UNKNOWN, "Not decided yet.", null, null)),
                ReportDiff.compare(b, a).criterionChanges());
    }

    @Test
    void theCandidateIsReadFromTheStartOfTheReasonOnly() {
        assertEquals("usRelatives[12]", ReportDiff.candidate("usRelatives[12]: The Form I-130 is approved."));
        assertEquals("employment.jobOffers[0]", ReportDiff.candidate("employment.jobOffers[0]: Seasonal."));
        assertNull(ReportDiff.candidate("No relative in usRelatives filed a Form I-130 for the applicant."));
        assertNull(ReportDiff.candidate("Not decided yet: no answer for usRelatives[0].status."));
    }

    @org.junit.jupiter.api.Test
    void aCandidateIsTheFieldPathAReasonStartsWith() {
        org.junit.jupiter.api.Assertions.assertEquals("usRelatives[12]", ReportDiff.candidate("usRelatives[12]: The Form I-130 is approved."));
        org.junit.jupiter.api.Assertions.assertEquals("employment.jobOffers[0]",
                ReportDiff.candidate("employment.jobOffers[0]: The offer is a specialty occupation."));
        for (String none : java.util.List.of("The passport is valid.", "usRelatives[]: x", "usRelatives[1] x",
                "usRelatives[a]: x", "employment.education[0]: x", "usRelatives[1]:x")) {
            org.junit.jupiter.api.Assertions.assertNull(ReportDiff.candidate(none), none);
        }
    }
}
