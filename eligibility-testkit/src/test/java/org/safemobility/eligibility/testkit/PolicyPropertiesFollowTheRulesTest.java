package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * {@link PolicyProperties} read their dates and lists from the rule set under test and their logic
 * from the policy: an analyst's table edit keeps them green; a one-token change of a rule's logic
 * (the slips a mutation tool makes) turns them red, naming the criterion. Each rule set is a copy
 * of the bundled rules folder with one edit, compiled at test time; the properties run over the
 * same 100 applicants (fixed seed) each, without shrinking ({@link PolicyRuns}).
 */
class PolicyPropertiesFollowTheRulesTest {

    private static final int TRIES = 100;
    /**
     * A mutant of a boundary (a removal order exactly five years before D) needs an applicant that
     * sits on it; the generator makes one in a few hundred.
     */
    private static final int MUTANT_TRIES = 300;
    private static final long SEED = 20231;

    /** One edit of one file of the rules folder. */
    record Edit(String name, String file, String from, String to, String criterion, UnaryOperator<ApplicantArbitrary> reach) {
        Edit(String name, String file, String from, String to, String criterion) {
            this(name, file, from, to, criterion, UnaryOperator.identity());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Edit> tableEdits() {
        return Stream.of(
                new Edit("EC serves Peruvians", "reference/served-nationalities.csv",
                        "EC,CO,,,\"movilidadsegura.org, Ecuador\"\n",
                        "EC,CO,,,\"movilidadsegura.org, Ecuador\"\nEC,PE,,,\"analyst's edit\"\n", "ACC-NATIONALITY",
                        a -> a.offices(Office.EC).nationalitiesFrom("PE", "CO", "VE")),
                new Edit("a U.S. citizen parent counts for CAM", "reference/policy-values.csv",
                        "CAM-PARENT-STATUSES,RelativeStatus,LPR,",
                        "CAM-PARENT-STATUSES,RelativeStatus,US_CITIZEN,,,\"analyst's edit\"\nCAM-PARENT-STATUSES,RelativeStatus,LPR,",
                        "CAM-QUALIFYING-PARENT", a -> a.agedBetween(18, 20)),
                new Edit("adults from 17", "reference/policy-values.csv", "ADULT-AGE,number,18,", "ADULT-AGE,number,17,", "ACC-AGE",
                        a -> a.agedBetween(16, 19)),
                new Edit("refugee admissions suspended earlier", "reference/program-windows.csv",
                        "REFUGEE_RESETTLEMENT,,2025-01-26,", "REFUGEE_RESETTLEMENT,,2024-03-31,", "REF-PROGRAM-OPEN",
                        a -> a.evaluatedBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1))),
                new Edit("Venezuela on the H-2A list", "reference/h2-countries.csv",
                        "H2A,PY,", "H2A,VE,2023-11-09,2025-11-07,\"analyst's edit\"\nH2A,PY,", "H2A-NATIONALITY", a -> a.nationalitiesFrom("VE")),
                new Edit("the Colombia office opens later", "reference/offices.csv",
                        "CO,2023-06-19,2025-01-26,", "CO,2023-08-01,2025-01-26,", "ACC-OFFICE-OPEN",
                        a -> a.offices(Office.CO).evaluatedBetween(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 8, 5))));
    }

    static Stream<Edit> logicChanges() {
        return Stream.of(
                new Edit("ACC-AGE at most", "access.drl", "$s.age().atLeast(", "$s.age().atMost(", "ACC-AGE"),
                new Edit("H1B-CAP and", "h1b.drl", "Tri.or($o.offer().capExempt()", "Tri.and($o.offer().capExempt()", "H1B-CAP"),
                new Edit("REF-PROGRAM-OPEN negated", "refugee.drl", "Tri.of(refs.programOpen(\"REFUGEE_RESETTLEMENT\", $s.date())),",
                        "Tri.not(Tri.of(refs.programOpen(\"REFUGEE_RESETTLEMENT\", $s.date()))),", "REF-PROGRAM-OPEN"),
                new Edit("ACC-C4-RESIDENCY without residents", "access.drl",
                        "Tri.or(\n                $s.residenceCountry().isAmong($s.nationalities()),\n"
                                + "                $s.residenceStatus().isIn(refs.list(\"CA-4-RESIDENT-STATUSES\", $s.date())))),",
                        // the resident branch dropped; its list is still read (dead) so the linter's unread-value lets it build
                        "Tri.or($s.residenceCountry().isAmong($s.nationalities()), Tri.and(Tri.notMet(),\n"
                                + "                $s.residenceStatus().isIn(refs.list(\"CA-4-RESIDENT-STATUSES\", $s.date()))))),",
                        "ACC-C4-RESIDENCY"),
                new Edit("CAM-QUALIFYING-PARENT pending on or after", "cam.drl", "r.pendingSince().onOrBefore(", "r.pendingSince().onOrAfter(",
                        "CAM-QUALIFYING-PARENT"),
                new Edit("FRP-NO-RECENT-REMOVAL none after", "family-reunification.drl", "removalOrderDates().noneOnOrAfter(",
                        "removalOrderDates().noneAfter(", "FRP-NO-RECENT-REMOVAL"),
                new Edit("H2A-LABOR-CERTIFICATION PENDING branch swapped", "h2a.drl",
                        "? Tri.undecidable()\n            : $o.offer().laborCertification().is(LaborCertification.APPROVED)",
                        "? $o.offer().laborCertification().is(LaborCertification.APPROVED)\n            : Tri.undecidable()",
                        "H2A-LABOR-CERTIFICATION"));
    }

    @Example
    void tableEditsKeepThemGreen() {
        List<String> problems = new ArrayList<>();
        tableEdits().forEach(edit -> {
            try {
                aTableEditKeepsThemGreen(edit);
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        });
        assertEquals(List.of(), problems);
    }

    @Example
    void logicChangesTurnThemRed() {
        List<String> problems = new ArrayList<>();
        logicChanges().forEach(edit -> {
            try {
                aLogicChangeTurnsThemRedNamingTheCriterion(edit);
            } catch (AssertionError e) {
                problems.add(e.getMessage());
            }
        });
        assertEquals(List.of(), problems);
    }

    /** docs/testing.md shows the failure the H1B-CAP mutant gives for one offer that is cap-exempt, selection unknown. */
    @Example
    void theFailureInTheDocsIsTheOneTheH1bCapMutantGives() throws java.io.IOException {
        Edit mutant = logicChanges().filter(e -> e.criterion().equals("H1B-CAP")).findFirst().orElseThrow();
        EligibilityEngine engine = RulesFolder.withEdit("logic-" + mutant.name().replace(' ', '-'), mutant.file(), mutant.from(), mutant.to());
        Applicant applicant = Applicant.builder("synthetic-docs01", Office.GT)
                .applicationDate(LocalDate.of(2024, 3, 1))
                .employment(new Employment(null, null, List.of(new JobOffer(JobKind.SPECIALTY_OCCUPATION, true, null, null, null, true, null))))
                .build();
        Counterexample failure = org.junit.jupiter.api.Assertions.assertThrows(Counterexample.class,
                () -> PolicyRuns.against(engine).h1bIsDecidedAsThePolicyWritesIt(applicant));
        String head = failure.getMessage().substring(0, failure.getMessage().indexOf("\n\nApplicant"));
        assertTrue(head.contains("- H1B-CAP: the policy gives MET, the report UNKNOWN [employment.jobOffers[0].capSelected]"), head);
        String docs = java.nio.file.Files.readString(org.safemobility.eligibility.testing.SharedFolder.projectRoot().resolve("docs/testing.md"));
        assertTrue(docs.contains(head), "docs/testing.md must show:\n" + head);
    }

    private static void aTableEditKeepsThemGreen(Edit edit) {
        EligibilityEngine engine = RulesFolder.withEdit("table-" + edit.name().replace(' ', '-'), edit.file(), edit.from(), edit.to());
        // the generator's applicants, and as many aimed at the edited row
        ApplicantArbitrary reaching = edit.reach().apply(Applicants.applicants());
        PolicyProperties properties = PolicyRuns.against(engine);
        PolicyProperties aimed = PolicyRuns.against(engine, edit.reach().apply(Applicants.applicants()));
        List<Applicant> applicants = new ArrayList<>(PolicyRuns.applicants(properties, TRIES, SEED));
        List<Applicant> reached = PolicyRuns.applicants(aimed, TRIES, SEED);
        applicants.addAll(reached);

        // the edit matters: some applicant's criterion comes out otherwise than with the bundled rules
        EligibilityEngine bundled = RulesFolder.bundledCopy();
        assertTrue(reached.stream().anyMatch(a -> outcome(engine, a, edit.criterion()) != outcome(bundled, a, edit.criterion())),
                "the applicants never reach the edit \"" + edit.name() + "\" (" + edit.criterion() + ")");

        Map<String, List<Counterexample>> failures = PolicyRuns.failures(properties, applicants);
        assertEquals(Set.of(), failures.keySet(), () -> "after the table edit \"" + edit.name() + "\": "
                + failures.values().stream().map(c -> c.get(0).getMessage()).map(m -> m.substring(0, Math.min(m.length(), 1500))).toList());
    }

    private static Outcome outcome(EligibilityEngine engine, Applicant applicant, String criterion) {
        EligibilityReport report = engine.evaluate(applicant);
        return Stream.concat(report.access().criteria().stream(), report.pathways().stream().flatMap(p -> p.criteria().stream()))
                .filter(c -> c.id().equals(criterion)).map(CriterionResult::outcome).findFirst().orElse(null);
    }

    private static void aLogicChangeTurnsThemRedNamingTheCriterion(Edit edit) {
        EligibilityEngine engine = RulesFolder.withEdit("logic-" + edit.name().replace(' ', '-'), edit.file(), edit.from(), edit.to());
        PolicyProperties properties = PolicyRuns.against(engine);
        Map<String, List<Counterexample>> failures = PolicyRuns.failures(properties, PolicyRuns.applicants(properties, MUTANT_TRIES, SEED));
        assertFalse(failures.isEmpty(), "no policy property fails for the mutant \"" + edit.name() + "\"");
        assertTrue(failures.values().stream().flatMap(List::stream)
                        .anyMatch(c -> c.getMessage().contains("\n- " + edit.criterion() + ": the policy gives")),
                () -> "no failure names " + edit.criterion() + ": " + failures.values().stream()
                        .map(c -> c.get(0).getMessage().lines().limit(4).toList()).toList());
    }
}
