package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;

/**
 * The diff over real engines: the bundled rules (compiled from a copy of their folder) against a
 * copy with two table rows edited, over hand-written applicants. Every expected count below is
 * derived from the screening policy, applicant by applicant, in the comments.
 *
 * <p>The edits: the Guatemala office's last day moves from 2025-01-26 to 2024-06-30
 * ({@code offices.csv}), and the FRP process for Ecuadorian principals opens on 2024-03-01
 * instead of 2023-11-16 ({@code frp-windows.csv}).
 */
class ImpactDiffTest {

    static EligibilityEngine before() {
        return RulesFolders.unedited();
    }

    static EligibilityEngine after() {
        return RulesFolders.engine("gt-closes-early-ec-frp-opens-late",
                new RulesFolders.Edit("reference/offices.csv", "GT,2023-06-12,2025-01-26,,", "GT,2023-06-12,2024-06-30,,"),
                new RulesFolders.Edit("reference/frp-windows.csv", "EC,2023-11-16,2025-12-14,", "EC,2024-03-01,2025-12-14,"));
    }

    /**
     * A complete applicant at the Guatemala office who lives in Guatemala as a national, fears
     * persecution for a political opinion, and has no relative, history or job offer in the U.S.
     * At an adult age on a date the office is open: access ELIGIBLE (office open, adult, C4
     * residency as a national), REFUGEE_RESETTLEMENT ELIGIBLE (REF-LOCATION is MET in Guatemala,
     * every other criterion met by the answers), FRP NOT_ELIGIBLE (no petition), CAM NOT_ELIGIBLE
     * (CAM-AGE, 21 or older), H1B, H2A, H2B NOT_ELIGIBLE (no job offer).
     */
    private static String guatemalanRefugee(String id, String date, String birth) {
        return """
                {"id":"%s","office":"GT","applicationDate":"%s","dateOfBirth":"%s","nationalities":["GT"],
                 "maritalStatus":"SINGLE","residence":{"country":"GT","status":"CITIZEN"},
                 "protection":{"pastPersecution":true,"fearOfPersecution":true,"grounds":["POLITICAL_OPINION"],
                   "participatedInPersecution":false,"firmResettlementOffer":false,"securityConcerns":[]},
                 "passportExpiryDate":"2030-01-01","usRelatives":[],
                 "usHistory":{"immigrantVisaIssued":false,"irregularEntryDates":[],"interdictionDates":[],"removalOrderDates":[]},
                 "employment":{"education":"SECONDARY","experienceYears":2,"jobOffers":[]}}
                """.formatted(id, date, birth);
    }

    /**
     * A complete Guatemalan at the Guatemala office on 2024-01-15 (open under both rule sets:
     * access ELIGIBLE) with no persecution claim (REFUGEE_RESETTLEMENT NOT_ELIGIBLE by
     * REF-PERSECUTION), aged 34 (CAM NOT_ELIGIBLE), no job offer (H1B, H2A, H2B NOT_ELIGIBLE), and
     * the relatives given.
     */
    private static String guatemalanWithRelatives(String id, String relatives) {
        return """
                {"id":"%s","office":"GT","applicationDate":"2024-01-15","dateOfBirth":"1990-01-01","nationalities":["GT"],
                 "maritalStatus":"SINGLE","residence":{"country":"GT","status":"CITIZEN"},
                 "protection":{"pastPersecution":false,"fearOfPersecution":false,"grounds":[],
                   "participatedInPersecution":false,"firmResettlementOffer":false,"securityConcerns":[]},
                 "passportExpiryDate":"2030-01-01","usRelatives":%s,
                 "usHistory":{"immigrantVisaIssued":false,"irregularEntryDates":[],"interdictionDates":[],"removalOrderDates":[]},
                 "employment":{"education":"SECONDARY","experienceYears":2,"jobOffers":[]}}
                """.formatted(id, relatives);
    }

    /**
     * A U.S.-citizen sibling who petitioned for the applicant as a derivative of an Ecuadorian
     * principal, approved, F4, invited: under the old rules every petition criterion is MET on
     * 2024-01-15 (the EC process opened 2023-11-16); under the new ones FRP-PROCESS-OPEN is NOT_MET
     * (it opens 2024-03-01).
     */
    private static final String ECUADORIAN_DERIVATIVE = """
            {"relationship":"SIBLING","status":"US_CITIZEN","dateOfBirth":"1960-01-01","frpInvitation":true,
             "i130":{"status":"APPROVED","category":"F4","role":"DERIVATIVE","principalNationality":"EC"}}""";

    /**
     * A U.S.-citizen parent who petitioned for the applicant as principal (a Guatemalan: the GT
     * process is open on 2024-01-15 under both rule sets), approved, F1, invitation unanswered: every
     * petition criterion MET but FRP-INVITATION UNKNOWN, so the petition is POSSIBLY_ELIGIBLE.
     */
    private static final String GUATEMALAN_PRINCIPAL_UNINVITED = """
            {"relationship":"PARENT","status":"US_CITIZEN","dateOfBirth":"1960-01-01",
             "i130":{"status":"APPROVED","category":"F1","role":"PRINCIPAL"}}""";

    private static final String CR_ASYLUM_SEEKER = """
            {"id":"cr-late","office":"CR","applicationDate":"2024-09-02","dateOfBirth":"1990-01-01","nationalities":["NI"],
             "maritalStatus":"SINGLE","residence":{"country":"CR","status":"ASYLUM_SEEKER","arrivalDate":"2023-01-01"},
             "protection":{"pastPersecution":true,"fearOfPersecution":true,"grounds":["POLITICAL_OPINION"],
               "participatedInPersecution":false,"firmResettlementOffer":false,"securityConcerns":[]},
             "passportExpiryDate":"2030-01-01","usRelatives":[],
             "usHistory":{"immigrantVisaIssued":false,"irregularEntryDates":[],"interdictionDates":[],"removalOrderDates":[]},
             "employment":{"education":"SECONDARY","experienceYears":2,"jobOffers":[]}}
            """;

    static Applicant applicant(String json) {
        return EligibilityJson.readApplicant(json);
    }

    /** The population of this class, in order; see each entry for what the edits do to it. */
    static List<Applicant> population() {
        List<Applicant> out = new ArrayList<>();
        // 1. GT, 2024-03-01: open under both. Unchanged.
        out.add(applicant(guatemalanRefugee("gt-open", "2024-03-01", "1990-01-01")));
        // 2. GT, 2024-06-30: the new last day, both ends inclusive: open under both. Unchanged.
        out.add(applicant(guatemalanRefugee("gt-last-day", "2024-06-30", "1990-01-01")));
        // 3. GT, 2024-07-01: closed under the new rules. ACC-OFFICE-OPEN MET -> NOT_MET, so access
        //    ELIGIBLE -> NOT_ELIGIBLE, SMO-ACCESS MET -> NOT_MET in all six pathways, and
        //    REFUGEE_RESETTLEMENT ELIGIBLE -> NOT_ELIGIBLE; the other pathways were NOT_ELIGIBLE already.
        out.add(applicant(guatemalanRefugee("gt-first-closed", "2024-07-01", "1990-01-01")));
        // 4. GT, 2024-09-02, aged 14: access NOT_ELIGIBLE under both (ACC-AGE), so every pathway is
        //    NOT_ELIGIBLE under both (SMO-ACCESS NOT_MET); only ACC-OFFICE-OPEN changes, MET -> NOT_MET.
        out.add(applicant(guatemalanRefugee("gt-late-minor", "2024-09-02", "2010-01-01")));
        // 5. CR, 2024-09-02: the edits concern neither Costa Rica nor this applicant. Access ELIGIBLE
        //    (lives in CR, Nicaraguan, arrived 2023-01-01, asylum seeker), REFUGEE_RESETTLEMENT ELIGIBLE
        //    (outside the country of nationality), the other pathways NOT_ELIGIBLE. Unchanged.
        out.add(applicant(CR_ASYLUM_SEEKER));
        // 6. One petition, derivative of an Ecuadorian principal: FAMILY_REUNIFICATION_PAROLE
        //    ELIGIBLE -> NOT_ELIGIBLE through FRP-PROCESS-OPEN of usRelatives[0], MET -> NOT_MET.
        out.add(applicant(guatemalanWithRelatives("frp-ec-derivative", "[" + ECUADORIAN_DERIVATIVE + "]")));
        // 7. Two petitions: the old rules show usRelatives[0] (ELIGIBLE beats usRelatives[1], POSSIBLY);
        //    the new ones usRelatives[1] (POSSIBLY beats usRelatives[0], now NOT_ELIGIBLE). FRP
        //    ELIGIBLE -> POSSIBLY_ELIGIBLE; the six petition criteria of [0] leave the report and the
        //    six of [1] enter it.
        out.add(applicant(guatemalanWithRelatives("frp-switch",
                "[" + ECUADORIAN_DERIVATIVE + "," + GUATEMALAN_PRINCIPAL_UNINVITED + "]")));
        return out;
    }

    private static final List<String> PETITION_CRITERIA = List.of("FRP-NATIONALITY", "FRP-PROCESS-OPEN",
            "FRP-PETITIONER", "FRP-I130-APPROVED", "FRP-PREFERENCE-CATEGORY", "FRP-INVITATION");

    @Test
    void countsEveryTransitionPerScope() {
        ImpactReport impact = ImpactDiff.between(before(), after()).build().compare(population());

        assertEquals(7, impact.compared());
        assertEquals(4, impact.changed()); // 3, 4, 6 and 7
        assertEquals(0, impact.invalid());
        assertEquals(0, impact.failed());
        List<String> scopes = impact.scopes().stream().map(ScopeImpact::scope).toList();
        assertEquals(List.of("ACCESS", "REFUGEE_RESETTLEMENT", "FAMILY_REUNIFICATION_PAROLE", "CENTRAL_AMERICAN_MINORS",
                "H1B", "H2A", "H2B"), scopes);

        // access: 1, 2, 5, 6, 7 ELIGIBLE under both; 3 ELIGIBLE -> NOT_ELIGIBLE; 4 NOT_ELIGIBLE under both
        assertCounts(impact.access(), 5, 0, 1, 0, 0, 0, 0, 0, 1);
        // refugee: 1, 2, 5 stay ELIGIBLE; 3 loses it; 4, 6, 7 NOT_ELIGIBLE under both
        assertCounts(impact.pathway(Pathway.REFUGEE_RESETTLEMENT), 3, 0, 1, 0, 0, 0, 0, 0, 3);
        // FRP: 6 ELIGIBLE -> NOT_ELIGIBLE, 7 ELIGIBLE -> POSSIBLY_ELIGIBLE, the five without a petition stay NOT_ELIGIBLE
        assertCounts(impact.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE), 0, 1, 1, 0, 0, 0, 0, 0, 5);
        // CAM (age, or access for the minor) and the work visas (no offer): NOT_ELIGIBLE for all seven, both times
        for (Pathway p : List.of(Pathway.CENTRAL_AMERICAN_MINORS, Pathway.H1B, Pathway.H2A, Pathway.H2B)) {
            assertCounts(impact.pathway(p), 0, 0, 0, 0, 0, 0, 0, 0, 7);
        }
        assertEquals(List.of(new Transition(ELIGIBLE, POSSIBLY_ELIGIBLE, 1), new Transition(ELIGIBLE, NOT_ELIGIBLE, 1)),
                impact.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE).moves());
        assertEquals(2, impact.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE).moved());
        assertEquals(5, impact.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE).unchanged());
    }

    /** Counts in Status order: E->E, E->P, E->N, P->E, P->P, P->N, N->E, N->P, N->N. */
    private static void assertCounts(ScopeImpact scope, long... expected) {
        List<Long> actual = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                actual.add(scope.count(from, to));
            }
        }
        List<Long> wanted = new ArrayList<>();
        for (long e : expected) {
            wanted.add(e);
        }
        assertEquals(wanted, actual, scope.scope());
    }

    @Test
    void showsTheChangedApplicantsBySeverityWithTheCriteriaBehindEachChange() {
        ImpactReport impact = ImpactDiff.between(before(), after()).build().compare(population());

        // 3, 6 and 7 each lose an ELIGIBLE (access and refugee; FRP; FRP), in input order; 4 moves
        // criteria only and comes last
        assertEquals(List.of("gt-first-closed", "frp-ec-derivative", "frp-switch", "gt-late-minor"),
                impact.examples().stream().map(ChangedApplicant::applicantId).toList());
        assertEquals(List.of(Severity.LOSES_ELIGIBLE, Severity.LOSES_ELIGIBLE, Severity.LOSES_ELIGIBLE,
                Severity.CRITERIA_ONLY), impact.examples().stream().map(ChangedApplicant::severity).toList());

        ChangedApplicant closed = impact.examples().get(0);
        assertEquals(List.of(new StatusChange("ACCESS", ELIGIBLE, NOT_ELIGIBLE),
                new StatusChange("REFUGEE_RESETTLEMENT", ELIGIBLE, NOT_ELIGIBLE)), closed.statusChanges());
        List<String> changed = new ArrayList<>();
        for (CriterionChange c : closed.criterionChanges()) {
            changed.add(c.scope() + " " + c.criterion() + " " + c.oldOutcome() + "->" + c.newOutcome());
            assertNull(c.candidate());
        }
        assertEquals(List.of("ACCESS ACC-OFFICE-OPEN MET->NOT_MET",
                "REFUGEE_RESETTLEMENT SMO-ACCESS MET->NOT_MET",
                "FAMILY_REUNIFICATION_PAROLE SMO-ACCESS MET->NOT_MET",
                "CENTRAL_AMERICAN_MINORS SMO-ACCESS MET->NOT_MET",
                "H1B SMO-ACCESS MET->NOT_MET", "H2A SMO-ACCESS MET->NOT_MET", "H2B SMO-ACCESS MET->NOT_MET"), changed);
        CriterionChange office = closed.criterionChanges().get(0);
        assertTrue(office.oldReason().contains("registers applications"), office.oldReason());
        assertTrue(office.newReason().contains("does not register applications"), office.newReason());

        ChangedApplicant minor = impact.examples().get(3);
        assertEquals(List.of(), minor.statusChanges(), "access and every pathway were NOT_ELIGIBLE already");
        assertEquals(List.of(new CriterionChange("ACCESS", "ACC-OFFICE-OPEN", null, MET,
                minor.criterionChanges().get(0).oldReason(), NOT_MET, minor.criterionChanges().get(0).newReason())),
                minor.criterionChanges());

        ChangedApplicant derivative = impact.examples().get(1);
        assertEquals(List.of(new StatusChange("FAMILY_REUNIFICATION_PAROLE", ELIGIBLE, NOT_ELIGIBLE)),
                derivative.statusChanges());
        assertEquals(1, derivative.criterionChanges().size());
        CriterionChange window = derivative.criterionChanges().get(0);
        assertEquals("FRP-PROCESS-OPEN", window.criterion());
        assertEquals("usRelatives[0]", window.candidate());
        assertEquals(MET, window.oldOutcome());
        assertEquals(NOT_MET, window.newOutcome());
    }

    @Test
    void aPetitionThatIsNoLongerTheBestLeavesTheReportAndTheNewBestEnters() {
        ImpactReport impact = ImpactDiff.between(before(), after()).build().compare(population());

        ChangedApplicant switched = impact.examples().get(2);
        assertEquals("frp-switch", switched.applicantId());
        assertEquals(List.of(new StatusChange("FAMILY_REUNIFICATION_PAROLE", ELIGIBLE, POSSIBLY_ELIGIBLE)),
                switched.statusChanges());
        List<String> changed = switched.criterionChanges().stream()
                .map(c -> c.scope() + " " + c.criterion() + " " + c.candidate() + " " + c.oldOutcome() + "->" + c.newOutcome())
                .toList();
        List<String> expected = new ArrayList<>();
        for (String criterion : PETITION_CRITERIA) {
            expected.add("FAMILY_REUNIFICATION_PAROLE " + criterion + " usRelatives[0] MET->null");
        }
        for (String criterion : PETITION_CRITERIA) {
            // the uninvited petition: all met but the invitation, which is unanswered
            expected.add("FAMILY_REUNIFICATION_PAROLE " + criterion + " usRelatives[1] null->"
                    + (criterion.equals("FRP-INVITATION") ? UNKNOWN : MET));
        }
        assertEquals(expected, changed);
    }

    @Test
    void identicalRulesChangeNobody() {
        ImpactReport impact = ImpactDiff.between(before(), before()).build().compare(population());

        assertEquals(7, impact.compared());
        assertEquals(0, impact.changed());
        assertFalse(impact.anyChanged());
        assertEquals(List.of(), impact.examples());
        for (ScopeImpact scope : impact.scopes()) {
            assertEquals(7, scope.unchanged(), scope.scope());
            assertEquals(List.of(), scope.moves(), scope.scope());
        }
        assertEquals(impact.oldRulesetVersion(), impact.newRulesetVersion());
    }

    @Test
    void theChunkSizeChangesNothingButSpeed() {
        ImpactReport whole = ImpactDiff.between(before(), after()).build().compare(population());
        ImpactReport oneByOne = ImpactDiff.between(before(), after()).chunkSize(1).build().compare(population());
        ImpactReport threes = ImpactDiff.between(before(), after()).chunkSize(3).build().compare(population().iterator());

        assertEquals(whole, oneByOne);
        assertEquals(whole, threes);
    }

    @Test
    void theNumberOfExamplesLimitsWhatIsShownNotWhatIsCounted() {
        ImpactReport two = ImpactDiff.between(before(), after()).examples(2).build().compare(population());
        ImpactReport none = ImpactDiff.between(before(), after()).examples(0).build().compare(population());

        assertEquals(4, two.changed());
        assertEquals(List.of("gt-first-closed", "frp-ec-derivative"),
                two.examples().stream().map(ChangedApplicant::applicantId).toList());
        assertEquals(4, none.changed());
        assertEquals(List.of(), none.examples());
        assertEquals(two.scopes(), none.scopes());
    }

    @Test
    void invalidApplicantsAreSkippedAndCounted() {
        // born after the application date (the JSON reader would refuse it; the engine does too)
        Applicant unborn = Applicant.builder("unborn", Office.GT).applicationDate(LocalDate.of(2024, 7, 1))
                .dateOfBirth(LocalDate.of(2024, 8, 1)).build();
        ImpactDiff diff = ImpactDiff.between(before(), after()).build();

        ImpactDiff.Comparison comparison = diff.start();
        List<Applicant> population = population();
        assertEquals(List.of(), comparison.add(population.get(0)));
        assertEquals("dateOfBirth", comparison.add(unborn).get(0).field());
        comparison.skipUnreadable();
        for (Applicant a : population.subList(1, population.size())) {
            comparison.add(a);
        }
        ImpactReport impact = comparison.finish();

        assertEquals(7, impact.compared());
        assertEquals(2, impact.invalid());
        assertEquals(4, impact.changed());
        assertThrows(IllegalStateException.class, comparison::finish);
        assertThrows(IllegalStateException.class, () -> comparison.add(population.get(0)));
    }

    @Test
    void theAsOfDateServesApplicantsWithoutAnApplicationDate() {
        // the same Guatemalan without an application date: D is the as-of date
        String undated = guatemalanRefugee("undated", "2024-07-01", "1990-01-01").replace("\"applicationDate\":\"2024-07-01\",", "");
        Applicant a = applicant(undated);

        ImpactReport open = ImpactDiff.between(before(), after()).asOf(LocalDate.of(2024, 6, 30)).build().compare(List.of(a));
        ImpactReport closed = ImpactDiff.between(before(), after()).asOf(LocalDate.of(2024, 7, 1)).build().compare(List.of(a));

        assertEquals(LocalDate.of(2024, 6, 30), open.asOf());
        assertEquals(0, open.changed());
        assertEquals(1, closed.changed());
        assertEquals(1, closed.access().count(ELIGIBLE, NOT_ELIGIBLE));
    }

    @Test
    void anApplicantTheRulesFailOnIsCountedAndLeftOutAndTheOthersAreCompared() {
        // ACC-AGE throws for applicants at the Costa Rica office: only applicant 5 is at CR
        EligibilityEngine failing = RulesFolders.engine("acc-age-fails-in-cr",
                new RulesFolders.Edit("access.drl", "$s.age().atLeast(refs.number(\"ADULT-AGE\", $s.date())),",
                        "($s.office() == Office.CR ? null : $s.age().atLeast(refs.number(\"ADULT-AGE\", $s.date()))),"));

        ImpactReport impact = ImpactDiff.between(before(), failing).build().compare(population());

        assertEquals(1, impact.failed());
        assertEquals(6, impact.compared());
        assertEquals(0, impact.changed(), "otherwise the two rule sets agree");
        assertEquals(1, impact.failures().size());
        String message = impact.failures().get(0);
        assertTrue(message.contains("ACC-AGE"), message);
        assertFalse(message.contains("cr-late"), "no applicant data: " + message);
        assertEquals(6, impact.access().total());
    }

    @Test
    void settingsAreCheckedWhenGiven() {
        ImpactDiff.Builder builder = ImpactDiff.between(before(), before());

        assertThrows(IllegalArgumentException.class, () -> builder.examples(-1));
        assertThrows(IllegalArgumentException.class, () -> builder.chunkSize(0));
        assertThrows(IllegalArgumentException.class, () -> builder.chunkSize(65_537));
        assertThrows(NullPointerException.class, () -> ImpactDiff.between(null, before()));
        assertThrows(NullPointerException.class, () -> builder.build().compare(java.util.Arrays.asList((Applicant) null)));
    }
}
