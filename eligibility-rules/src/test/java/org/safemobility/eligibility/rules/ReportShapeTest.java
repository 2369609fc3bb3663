package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** The report's fixed order, and the note that says which petition or job offer is shown. */
class ReportShapeTest {

    private static final String TWO_PETITIONS = """
            {"id":"shape-1","office":"GT","applicationDate":"2024-03-18","dateOfBirth":"1995-02-02",
             "nationalities":["HN"],"residence":{"country":"HN","status":"CITIZEN"},
             "passportExpiryDate":"2029-01-01",
             "usHistory":{"immigrantVisaIssued":false,"irregularEntryDates":[],"interdictionDates":[],"removalOrderDates":[]},
             "usRelatives":[
               {"relationship":"SIBLING","status":"US_CITIZEN","frpInvitation":true,"i130":{"status":"DENIED","category":"F4","role":"PRINCIPAL"}},
               {"relationship":"CHILD","status":"LPR"},
               {"relationship":"PARENT","status":"US_CITIZEN","frpInvitation":true,"i130":{"status":"APPROVED","category":"F1","role":"PRINCIPAL"}}],
             "employment":{"education":"PRIMARY","experienceYears":1,"jobOffers":[]}}
            """;

    @Test
    void pathwaysComeInPolicyOrderAndStartWithSmoAccess() {
        EligibilityReport report = TestEngine.evaluate(EligibilityJson.readApplicant(TWO_PETITIONS));
        assertEquals(Arrays.asList(Pathway.values()), report.pathways().stream().map(PathwayResult::pathway).toList());
        report.pathways().forEach(p -> assertEquals("SMO-ACCESS", p.criteria().get(0).id()));
        assertEquals(List.of("ACC-OFFICE-OPEN", "ACC-AGE", "ACC-C4-RESIDENCY"),
                report.access().criteria().stream().map(c -> c.id()).toList());
    }

    @Test
    void theBestPetitionIsShownAndNamed() {
        EligibilityReport report = TestEngine.evaluate(EligibilityJson.readApplicant(TWO_PETITIONS));
        PathwayResult frp = report.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE);
        assertEquals(Status.ELIGIBLE, frp.status(), "the approved petition of usRelatives[2] meets every criterion");
        assertEquals(List.of("Criteria shown for the petition at usRelatives[2], the best of 2 petitions."), frp.notes());
        assertEquals(List.of(), report.pathway(Pathway.H1B).notes(), "no job offer, nothing to name");
    }
}
