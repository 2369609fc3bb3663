package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;
import org.safemobility.eligibility.testkit.RulesFolder.Edit;

/**
 * Every kind of table change an analyst makes is reached by the applicants aimed at the old and
 * the new rule set (issue 11: the generator used to make no Peruvian, so "EC serves PE" changed
 * nobody). Each test edits one table of a copy of the bundled rules, screens the same population
 * with both engines and counts the applicants whose report differs (a status, a criterion's
 * outcome or its missing answers; not the reason text, which quotes the tables for everybody).
 *
 * <p>Besides "some changed", each test says who may change, derived from the policy and the edit
 * (only applicants at that office, on those dates, with that answer), and where the edit changes
 * one criterion for everybody in a range, that all of them changed: a population that reached a
 * change by accident elsewhere, or an engine comparison that sees differences that are not there,
 * fails.
 *
 * <p>{@link TableChangesAreReachedTest} runs it with 3,000 applicants in the default build;
 * {@link TableChangesAreReachedStressTest} with the 10,000 of the issue (tagged "stress": about a
 * minute on two cores).
 */
abstract class TableChangesAreReached {

    private static final long SEED = 1;
    private static final String REF = "reference/";

    /** How many applicants to generate for each change. */
    abstract int population();

    /** (a) A served nationality added: the Ecuador office serves Peruvians. */
    @Test
    void aServedNationalityAdded() {
        EligibilityEngine changed = RulesFolder.withEdits("ec-serves-pe", new Edit(REF + "served-nationalities.csv",
                "EC,CO,,,\"movilidadsegura.org, Ecuador\"",
                "EC,CO,,,\"movilidadsegura.org, Ecuador\"\nEC,PE,,,\"test: a served nationality added\""));
        Comparison c = Comparison.of(changed, population());
        // policy section 2, ACC-NATIONALITY: only an EC applicant holding PE (and no other served nationality) can change
        c.assertChangedOnlyWhere(a -> a.office() == Office.EC && holds(a, "PE"));
        assertTrue(c.changed() > 0, c.summary());
        long reached = c.applicants().stream().filter(a -> a.office() == Office.EC && holds(a, "PE")
                && between(a.applicationDate(), "2023-10-18", "2025-01-26")).count();
        assertTrue(reached > 0, "some applicant at EC holds PE on a day the office registers: " + reached);
    }

    /** (b) An office window shortened: Colombia's last day moves from 2025-01-26 to 2024-06-30. */
    @Test
    void anOfficeWindowShortened() {
        EligibilityEngine changed = RulesFolder.withEdits("co-closes-early", new Edit(REF + "offices.csv",
                "CO,2023-06-19,2025-01-26,", "CO,2023-06-19,2024-06-30,"));
        Comparison c = Comparison.of(changed, population());
        // ACC-OFFICE-OPEN turns NOT_MET for every CO applicant from 2024-07-01 to 2025-01-26, and for nobody else
        c.assertChangedExactlyWhere(a -> a.office() == Office.CO && between(a.applicationDate(), "2024-07-01", "2025-01-26"));
        assertTrue(c.changed() > 0, c.summary());
    }

    /** (c) A status added to a list: a U.S.-citizen parent qualifies for CAM. */
    @Test
    void aStatusAddedToAList() {
        EligibilityEngine changed = RulesFolder.withEdits("cam-us-citizen-parent", new Edit(REF + "policy-values.csv",
                "CAM-PARENT-STATUSES,RelativeStatus,LPR,",
                "CAM-PARENT-STATUSES,RelativeStatus,US_CITIZEN,,,\"test: a status added\"\nCAM-PARENT-STATUSES,RelativeStatus,LPR,"));
        Comparison c = Comparison.of(changed, population());
        // CAM-QUALIFYING-PARENT: only an applicant with a U.S.-citizen relative can change
        c.assertChangedOnlyWhere(a -> a.usRelatives() != null
                && a.usRelatives().stream().anyMatch(r -> r.status() == RelativeStatus.US_CITIZEN));
        assertTrue(c.changed() > 0, c.summary());
    }

    /** (d) A status removed from a list: Colombia no longer serves applicants with regularisation in process. */
    @Test
    void aStatusRemovedFromAList() {
        EligibilityEngine changed = RulesFolder.withEdits("co-no-regularization", new Edit(REF + "policy-values.csv",
                "CO-HOST-STATUSES,ResidenceStatus,REGULARIZATION_IN_PROCESS,,,\"movilidadsegura.org, Colombia\"\n", ""));
        Comparison c = Comparison.of(changed, population());
        // ACC-HOST-STATUS (CO) turns NOT_MET for every CO applicant whose status is REGULARIZATION_IN_PROCESS, and nobody else
        c.assertChangedExactlyWhere(a -> a.office() == Office.CO && a.residence() != null
                && a.residence().status() == ResidenceStatus.REGULARIZATION_IN_PROCESS);
        assertTrue(c.changed() > 0, c.summary());
    }

    /** (e) A process window moved: the Cuban FRP process opens 2023-09-01 instead of 2023-08-11. */
    @Test
    void aProcessWindowMoved() {
        EligibilityEngine changed = RulesFolder.withEdits("frp-cu-later", new Edit(REF + "frp-windows.csv",
                "CU,2023-08-11,2025-12-14,", "CU,2023-09-01,2025-12-14,"));
        Comparison c = Comparison.of(changed, population());
        // FRP-PROCESS-OPEN: only a Cuban principal beneficiary on the 21 days the window lost can change
        c.assertChangedOnlyWhere(a -> between(a.applicationDate(), "2023-08-11", "2023-08-31")
                && (holds(a, "CU") || a.usRelatives() != null && a.usRelatives().stream()
                        .anyMatch(r -> r.i130() != null && "CU".equals(r.i130().principalNationality()))));
        assertTrue(c.changed() > 0, c.summary());
    }

    /** (e) A program window moved: CAM stops taking cases after 2024-12-31 instead of 2025-01-26. */
    @Test
    void aProgramWindowMoved() {
        EligibilityEngine changed = RulesFolder.withEdits("cam-ends-2024", new Edit(REF + "program-windows.csv",
                "CENTRAL_AMERICAN_MINORS,2021-03-15,2025-01-26,", "CENTRAL_AMERICAN_MINORS,2021-03-15,2024-12-31,"));
        Comparison c = Comparison.of(changed, population());
        // CAM-PROGRAM-OPEN turns NOT_MET for everybody evaluated from 2025-01-01 to 2025-01-26, and for nobody else
        c.assertChangedExactlyWhere(a -> between(a.applicationDate(), "2025-01-01", "2025-01-26"));
        assertTrue(c.changed() > 0, c.summary());
    }

    /** (f) A new eligible-countries period: H-2A and H-2B lists from 2025-11-08 to 2026-11-06, with Guatemala on both. */
    @Test
    void aNewEligibleCountriesPeriod() {
        EligibilityEngine changed = RulesFolder.withEdits("h2-2026",
                new Edit(REF + "h2-periods.csv", "H2B,2024-11-08,2025-11-07,\"89 FR 88799\"",
                        "H2B,2024-11-08,2025-11-07,\"89 FR 88799\"\nH2A,2025-11-08,2026-11-06,\"test: a new period\""
                                + "\nH2B,2025-11-08,2026-11-06,\"test: a new period\""),
                new Edit(REF + "h2-countries.csv", "H2A,PY,",
                        "H2A,GT,2025-11-08,2026-11-06,\"test: a new period\"\nH2B,GT,2025-11-08,2026-11-06,\"test: a new period\"\nH2A,PY,"));
        Comparison c = Comparison.of(changed, population());
        // H2A/H2B-NATIONALITY: a list in force where none was; only applicants evaluated in the new period can change
        c.assertChangedOnlyWhere(a -> between(a.applicationDate(), "2025-11-08", "2026-11-06"));
        assertTrue(c.changed() > 0, c.summary());
    }

    // --- the comparison -----------------------------------------------------------------------------

    /** One population aimed at both rule sets, screened by both. */
    private record Comparison(List<Applicant> applicants, List<Boolean> differs) {

        static Comparison of(EligibilityEngine changed, int size) {
            EligibilityEngine bundled = RulesFolder.bundledCopy();
            List<Applicant> applicants = population(size, bundled, changed);
            // engines are thread-safe: screen with both at once
            CompletableFuture<List<EligibilityReport>> old = CompletableFuture.supplyAsync(() -> bundled.evaluateAll(applicants));
            List<EligibilityReport> after = changed.evaluateAll(applicants);
            List<EligibilityReport> before = old.join();
            List<Boolean> differs = new ArrayList<>();
            for (int i = 0; i < applicants.size(); i++) {
                differs.add(!decisions(before.get(i)).equals(decisions(after.get(i))));
            }
            return new Comparison(applicants, differs);
        }

        long changed() {
            return differs.stream().filter(d -> d).count();
        }

        String summary() {
            return changed() + " of " + applicants.size() + " applicants changed";
        }

        /** Every applicant that changed satisfies {@code who}. */
        void assertChangedOnlyWhere(Predicate<Applicant> who) {
            for (int i = 0; i < applicants.size(); i++) {
                if (differs.get(i)) {
                    assertTrue(who.test(applicants.get(i)), "changed, but the edit cannot touch it: applicant " + i);
                }
            }
        }

        /** The applicants that changed are exactly those that satisfy {@code who}. */
        void assertChangedExactlyWhere(Predicate<Applicant> who) {
            for (int i = 0; i < applicants.size(); i++) {
                assertEquals(who.test(applicants.get(i)), differs.get(i), "applicant " + i + " (" + summary() + ")");
            }
        }
    }

    /** What a report decides: every status, and every criterion's outcome and missing answers. */
    private static Map<String, Object> decisions(EligibilityReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ACCESS", report.access().status());
        for (CriterionResult c : report.access().criteria()) {
            out.put("ACCESS " + c.id(), c.outcome() + " " + c.missing());
        }
        for (PathwayResult p : report.pathways()) {
            out.put(p.pathway().name(), p.status());
            for (CriterionResult c : p.criteria()) {
                out.put(p.pathway() + " " + c.id(), c.outcome() + " " + c.missing());
            }
        }
        return out;
    }

    /** {@code size} applicants from seed {@value #SEED}, aimed at both engines, as {@code diff --generate} draws them. */
    private static List<Applicant> population(int size, EligibilityEngine... engines) {
        return Applicants.aimedAt(engines).sample(SEED, size);
    }

    private static boolean holds(Applicant a, String nationality) {
        return a.nationalities() != null && a.nationalities().contains(nationality);
    }

    private static boolean between(LocalDate d, String first, String last) {
        return !d.isBefore(LocalDate.parse(first)) && !d.isAfter(LocalDate.parse(last));
    }
}
