package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.Outcome.MET;
import static org.safemobility.eligibility.Outcome.NOT_MET;
import static org.safemobility.eligibility.Outcome.UNKNOWN;
import static org.safemobility.eligibility.Status.ELIGIBLE;
import static org.safemobility.eligibility.Status.NOT_ELIGIBLE;
import static org.safemobility.eligibility.Status.POSSIBLY_ELIGIBLE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Pathway;

/**
 * The decision parts of the report over {@link ImpactDiffTest}'s population and edits (the GT
 * office closes on 2024-06-30, the EC FRP process opens on 2024-03-01): totals, criterion moves,
 * breakdowns, gain and lose, severity, the changed rows and who reaches them. The applicants, by
 * number, are those of {@link ImpactDiffTest#population()}; every count is derived there.
 */
class ImpactReportTest {

    private static Path unedited() {
        return RulesFolders.copy("tables-unedited", List.of());
    }

    private static Path edited() {
        return RulesFolders.copy("tables-edited", List.of(
                new RulesFolders.Edit("reference/offices.csv", "GT,2023-06-12,2025-01-26,,", "GT,2023-06-12,2024-06-30,,"),
                new RulesFolders.Edit("reference/frp-windows.csv", "EC,2023-11-16,2025-12-14,", "EC,2024-03-01,2025-12-14,")));
    }

    private static ImpactReport impact() {
        return ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after())
                .tables(RuleTables.folder(unedited()), RuleTables.folder(edited()))
                .build().compare(ImpactDiffTest.population());
    }

    @Test
    void totalsBeforeAndAfterFollowFromTheMoves() {
        ImpactReport impact = impact();

        // access: ELIGIBLE 1, 2, 3, 5, 6, 7 before; 3 closes; 4 (a minor) NOT_ELIGIBLE both times
        assertEquals(6, impact.access().before(ELIGIBLE));
        assertEquals(5, impact.access().after(ELIGIBLE));
        assertEquals(1, impact.access().before(NOT_ELIGIBLE));
        assertEquals(2, impact.access().after(NOT_ELIGIBLE));
        // refugee: 1, 2, 3, 5 before, 3 loses it
        assertEquals(4, impact.pathway(Pathway.REFUGEE_RESETTLEMENT).before(ELIGIBLE));
        assertEquals(3, impact.pathway(Pathway.REFUGEE_RESETTLEMENT).after(ELIGIBLE));
        // FRP: 6 and 7 before; after, 6 NOT_ELIGIBLE and 7 POSSIBLY_ELIGIBLE
        ScopeImpact frp = impact.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE);
        assertEquals(2, frp.before(ELIGIBLE));
        assertEquals(0, frp.after(ELIGIBLE));
        assertEquals(1, frp.after(POSSIBLY_ELIGIBLE));
        assertEquals(6, frp.after(NOT_ELIGIBLE));
        assertEquals(0, frp.improved());
        assertEquals(2, frp.worsened());
    }

    @Test
    void gainAndLoseCountPathwaysNotAccess() {
        ImpactReport impact = impact();

        // 3 loses refugee, 6 and 7 lose FRP (7 to POSSIBLY); 4 moves no status; nobody improves
        assertEquals(0, impact.gained());
        assertEquals(3, impact.lost());
    }

    @Test
    void criterionMovesCountApplicantsPerCriterionWithOrWithoutAStatusMove() {
        List<String> moves = new ArrayList<>();
        for (CriterionMove m : impact().criterionMoves()) {
            moves.add(m.scope() + " " + m.criterion() + " " + m.from() + "->" + m.to() + " " + m.applicants());
        }
        List<String> expected = new ArrayList<>();
        // 3 and 4: the office closes; 4's statuses stay (a minor), yet the criterion moves
        expected.add("ACCESS ACC-OFFICE-OPEN MET->NOT_MET 2");
        // 3 only: SMO-ACCESS in every pathway (4 had no access either way)
        expected.add("REFUGEE_RESETTLEMENT SMO-ACCESS MET->NOT_MET 1");
        // FAMILY_REUNIFICATION_PAROLE, sorted by criterion ID: 6's window, and 7's petition switch
        // (the old best usRelatives[0] leaves the report with its six criteria, usRelatives[1] enters)
        for (String c : List.of("FRP-I130-APPROVED", "FRP-INVITATION", "FRP-NATIONALITY", "FRP-PETITIONER",
                "FRP-PREFERENCE-CATEGORY", "FRP-PROCESS-OPEN")) {
            if (c.equals("FRP-PROCESS-OPEN")) {
                expected.add("FAMILY_REUNIFICATION_PAROLE FRP-PROCESS-OPEN MET->NOT_MET 1");
            }
            expected.add("FAMILY_REUNIFICATION_PAROLE " + c + " MET->null 1");
            expected.add("FAMILY_REUNIFICATION_PAROLE " + c + " null->" + (c.equals("FRP-INVITATION") ? UNKNOWN : MET) + " 1");
        }
        expected.add("FAMILY_REUNIFICATION_PAROLE SMO-ACCESS MET->NOT_MET 1");
        for (String p : List.of("CENTRAL_AMERICAN_MINORS", "H1B", "H2A", "H2B")) {
            expected.add(p + " SMO-ACCESS MET->NOT_MET 1");
        }
        assertEquals(expected, moves);
    }

    @Test
    void breakdownsByOfficeAndNationality() {
        ImpactReport impact = impact();

        // offices: CR (applicant 5) then GT (the other six)
        assertEquals(List.of("CR", "GT"), impact.offices().stream().map(GroupImpact::group).toList());
        GroupImpact cr = impact.offices().get(0);
        assertEquals(1, cr.applicants());
        assertEquals(0, cr.changed());
        GroupImpact gt = impact.offices().get(1);
        assertEquals(6, gt.applicants());
        assertEquals(4, gt.changed());
        assertEquals(0, gt.gained());
        assertEquals(3, gt.lost());
        assertEquals(1, gt.moved("ACCESS"));
        assertEquals(1, gt.moved("REFUGEE_RESETTLEMENT"));
        assertEquals(2, gt.moved("FAMILY_REUNIFICATION_PAROLE"));
        assertEquals(0, gt.moved("H2A"));
        // nationalities: the six at GT are Guatemalans, applicant 5 is Nicaraguan
        assertEquals(List.of("GT", "NI"), impact.nationalities().stream().map(GroupImpact::group).toList());
        assertEquals(6, impact.nationalities().get(0).applicants());
        assertEquals(3, impact.nationalities().get(0).lost());
        assertEquals(0, impact.nationalities().get(1).changed());
    }

    @Test
    void examplesCarryTheirInputsAndEvaluationDate() {
        ChangedApplicant closed = impact().examples().get(0);

        assertEquals("gt-first-closed", closed.applicantId());
        assertNotNull(closed.applicant());
        assertEquals("gt-first-closed", closed.applicant().id());
        assertEquals(LocalDate.of(2024, 7, 1), closed.evaluationDate());
        assertTrue(closed.losesPathway());
        assertFalse(closed.gainsPathway());
    }

    @Test
    void aStatusChangeLaterInTheInputOutranksACriterionOnlyChangeEarlierInIt() {
        List<org.safemobility.eligibility.model.Applicant> all = ImpactDiffTest.population();
        // 4 (criteria only) comes before 7 (loses FRP ELIGIBLE); one example is kept
        ImpactReport impact = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after()).examples(1).build()
                .compare(List.of(all.get(3), all.get(6)));

        assertEquals(2, impact.changed());
        assertEquals(List.of("frp-switch"), impact.examples().stream().map(ChangedApplicant::applicantId).toList());
    }

    @Test
    void namesTheChangedRowsAndHowManyApplicantsReachEach() {
        ImpactReport impact = impact();

        assertEquals(2, impact.rowChanges().size());
        // tables in path order: frp-windows.csv before offices.csv
        RowChange frp = impact.rowChanges().get(0);
        assertEquals("reference/frp-windows.csv", frp.file());
        assertEquals(RowChange.Kind.CHANGED, frp.kind());
        assertEquals(8, frp.oldLine());
        assertEquals(8, frp.newLine());
        assertEquals(List.of("opens"), frp.changedColumns());
        // the opening moved 2023-11-16 -> 2024-03-01: applicants with EC among their answers and a
        // date from 2023-11-15 to 2024-03-02: 6 and 7 (principal nationality EC, 2024-01-15)
        assertEquals(2, frp.reached());
        RowChange office = impact.rowChanges().get(1);
        assertEquals("reference/offices.csv", office.file());
        assertEquals(2, office.oldLine());
        assertEquals(List.of("lastDay"), office.changedColumns());
        // the last day moved 2025-01-26 -> 2024-06-30: GT applicants with a date from 2024-06-29 to
        // 2025-01-27: 2 (2024-06-30), 3 (2024-07-01), 4 (2024-09-02); not 1, 6, 7 (earlier), not 5 (CR)
        assertEquals(3, office.reached());
        assertEquals(2, impact.rowsReached());
        assertFalse(impact.populationMissesChangedRows());
    }

    @Test
    void warnsWhenThePopulationReachesNoneOfTheChangedRows() {
        // the failure seen: the Ecuador office made to serve Peruvians, and nobody is Peruvian
        Path servesPeru = RulesFolders.copy("ec-serves-pe", List.of(new RulesFolders.Edit(
                "reference/served-nationalities.csv", "EC,CO,,,\"movilidadsegura.org, Ecuador\"",
                "EC,CO,,,\"movilidadsegura.org, Ecuador\"\nEC,PE,,,\"movilidadsegura.org, Ecuador\"")));
        EligibilityEngine peru = RulesFolders.engine("ec-serves-pe-engine", new RulesFolders.Edit(
                "reference/served-nationalities.csv", "EC,CO,,,\"movilidadsegura.org, Ecuador\"",
                "EC,CO,,,\"movilidadsegura.org, Ecuador\"\nEC,PE,,,\"movilidadsegura.org, Ecuador\""));

        ImpactReport impact = ImpactDiff.between(ImpactDiffTest.before(), peru)
                .tables(RuleTables.folder(unedited()), RuleTables.folder(servesPeru))
                .build().compare(ImpactDiffTest.population());

        assertEquals(0, impact.changed());
        assertEquals(1, impact.rowChanges().size());
        RowChange added = impact.rowChanges().get(0);
        assertEquals(RowChange.Kind.ADDED, added.kind());
        assertEquals(12, added.newLine());
        assertEquals(0, added.oldLine());
        assertEquals(0, added.reached());
        assertTrue(impact.populationMissesChangedRows());

        // a Peruvian at the Ecuador office reaches it
        String peruvian = """
                {"id":"pe-1","office":"EC","applicationDate":"2024-03-01","nationalities":["PE"],
                 "residence":{"country":"EC","status":"ASYLUM_SEEKER"}}""";
        ImpactReport withPeruvian = ImpactDiff.between(ImpactDiffTest.before(), peru)
                .tables(RuleTables.folder(unedited()), RuleTables.folder(servesPeru))
                .build().compare(List.of(ImpactDiffTest.applicant(peruvian)));
        assertEquals(1, withPeruvian.rowChanges().get(0).reached());
        assertFalse(withPeruvian.populationMissesChangedRows());
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        ImpactReport one = impact();
        ImpactReport three = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after()).threads(3).chunkSize(2)
                .tables(RuleTables.folder(unedited()), RuleTables.folder(edited()))
                .build().compare(ImpactDiffTest.population());

        assertEquals(one, three);
    }
}
