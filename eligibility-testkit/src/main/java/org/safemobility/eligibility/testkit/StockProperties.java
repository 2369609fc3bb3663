package org.safemobility.eligibility.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;
import org.safemobility.eligibility.testkit.internal.JsonTree;
import org.safemobility.eligibility.testkit.internal.Reports;

/**
 * Eight properties every rule set for the screening policy must have, whatever its dates, lists
 * or criteria: they follow from policy section 1 and the report contract, not from any one
 * criterion. Implement {@link #engine()} and they run against your engine:
 *
 * <pre>{@code
 * class MyRulesProperties implements StockProperties {
 *     public EligibilityEngine engine() { return ENGINE; }
 * }
 * }</pre>
 *
 * <ol>
 *   <li><b>determinism</b>: the same applicant gets an equal report, byte for byte in JSON: twice
 *       in a row, after a JSON round trip of the applicant, and in a batch behind another
 *       applicant;</li>
 *   <li><b>order independence</b>: reordering the applicant's lists (relatives, job offers,
 *       nationalities, grounds, security concerns, history dates) changes no status and no access
 *       criterion;</li>
 *   <li><b>information monotonicity</b>: adding an answer only turns UNKNOWN into MET or NOT_MET:
 *       a decided criterion and a decided status stay as they were (a petition's or job offer's
 *       criteria are compared when the report shows the same one);</li>
 *   <li><b>status consistency</b>: access and every pathway have the status the Kleene AND of
 *       their criteria gives, all six pathways are reported in order, and each starts with
 *       SMO-ACCESS mirroring the access status;</li>
 *   <li><b>explanation completeness</b>: every criterion has a reason, a citation and a rule; only
 *       an UNKNOWN criterion lists missing answers, and they are answers the applicant left open;
 *       missing information names only such answers and only pathways they could still change;</li>
 *   <li><b>SMO-ACCESS gating</b>: no pathway is ELIGIBLE unless access is, and none is better than
 *       NOT_ELIGIBLE when access is NOT_ELIGIBLE;</li>
 *   <li><b>completeness</b>: with every answer given nothing is UNKNOWN except the policy's two
 *       cases (a PENDING labour certification, and an H-2 nationality on a date with no
 *       eligible-countries list), neither of which lists missing answers;</li>
 *   <li><b>JSON round trip</b>: a report written to JSON and read back is equal, and writes the
 *       same JSON again.</li>
 * </ol>
 *
 * <p>Each property fails with a {@link Counterexample}: the (shrunk) applicant and the report,
 * or the two reports that disagree, as JSON.
 */
public interface StockProperties extends RulesUnderTest {

    /**
     * Determinism: alone, again, after a JSON round trip, and in a batch behind another applicant.
     *
     * @param applicant a generated applicant
     * @param neighbour another generated applicant, screened before it in the batch
     */
    @Property
    default void sameApplicantSameReport(@ForAll("testkitApplicants") Applicant applicant,
                                         @ForAll("testkitApplicants") Applicant neighbour) {
        EligibilityReport first = screen(applicant);
        sameReport(applicant, first, screen(applicant), "evaluated again");
        sameReport(applicant, first, screen(EligibilityJson.readApplicant(EligibilityJson.writeApplicant(applicant))),
                "evaluated after a JSON round trip of the applicant");
        EligibilityReport batched = engine().evaluateAll(List.of(neighbour, applicant), null).get(1);
        sameReport(applicant, first, batched, "evaluated in a batch behind another applicant");
    }

    private static void sameReport(Applicant applicant, EligibilityReport first, EligibilityReport second, String how) {
        if (!first.equals(second) || !EligibilityJson.writeReport(first).equals(EligibilityJson.writeReport(second))) {
            throw Counterexample.builder("determinism", "the same applicant got a different report when " + how + ".")
                    .lines(Reports.differences(first, "first", second, how))
                    .applicant(applicant).report("First report", first).report("Report when " + how, second).build();
        }
    }

    /**
     * Order independence: the order of list answers changes no status and no access criterion.
     *
     * @param applicant a generated applicant
     * @param seed the seed of the shuffle of the list answers
     */
    @Property
    default void orderOfListAnswersDoesNotMatter(@ForAll("testkitApplicants") Applicant applicant, @ForAll long seed) {
        Applicant shuffled = shuffled(applicant, new Random(seed));
        EligibilityReport original = screen(applicant);
        EligibilityReport reordered = screen(shuffled);
        List<String> differences = new ArrayList<>();
        Map<String, Status> a = Reports.statuses(original);
        Map<String, Status> b = Reports.statuses(reordered);
        a.forEach((scope, status) -> {
            if (status != b.get(scope)) {
                differences.add(scope + ": " + status + " before reordering, " + b.get(scope) + " after");
            }
        });
        for (int i = 0; i < original.access().criteria().size(); i++) {
            CriterionResult x = original.access().criteria().get(i);
            CriterionResult y = reordered.access().criteria().get(i);
            if (x.outcome() != y.outcome()) {
                differences.add(x.id() + ": " + x.outcome() + " before reordering, " + y.outcome() + " after");
            }
        }
        if (!differences.isEmpty()) {
            throw Counterexample.builder("order independence", "reordering the applicant's lists changed the screening.")
                    .lines(differences).applicant(applicant).otherApplicant("Reordered applicant", shuffled)
                    .report("Report", original).report("Report after reordering", reordered).build();
        }
    }

    private static Applicant shuffled(Applicant a, Random random) {
        Protection p = a.protection();
        if (p != null) {
            p = new Protection(p.pastPersecution(), p.fearOfPersecution(), shuffle(p.grounds(), random),
                    p.participatedInPersecution(), p.firmResettlementOffer(), shuffle(p.securityConcerns(), random));
        }
        UsHistory h = a.usHistory();
        if (h != null) {
            h = new UsHistory(h.immigrantVisaIssued(), shuffle(h.irregularEntryDates(), random),
                    shuffle(h.interdictionDates(), random), shuffle(h.removalOrderDates(), random));
        }
        Employment e = a.employment();
        if (e != null) {
            e = new Employment(e.education(), e.experienceYears(), shuffle(e.jobOffers(), random));
        }
        List<UsRelative> relatives = shuffle(a.usRelatives(), random);
        return new Applicant(a.id(), a.office(), a.applicationDate(), a.dateOfBirth(), shuffle(a.nationalities(), random),
                a.maritalStatus(), a.residence(), p, a.passportExpiryDate(), relatives, h, e);
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        if (list == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /**
     * Information monotonicity: with one answer fewer, every criterion and status that is decided
     * is decided the same way with the answer.
     *
     * @param applicant a generated applicant
     * @param which picks the answer to drop, modulo the number of answers
     */
    @Property
    default void anAnswerOnlyEverDecidesWhatWasUnknown(@ForAll("testkitApplicants") Applicant applicant,
                                                       @ForAll @IntRange(min = 0, max = 999) int which) {
        JsonNode tree = JsonTree.of(applicant);
        List<String> answers = new ArrayList<>();
        JsonTree.collectAnswers(tree, "", answers);
        if (answers.isEmpty()) {
            return;
        }
        String answer = answers.get(which % answers.size());
        Applicant fewer = EligibilityJson.readApplicant(JsonTree.without(tree, answer).toString());
        EligibilityReport without = screen(fewer);
        EligibilityReport with = screen(applicant);
        List<String> changes = new ArrayList<>();
        decided("ACCESS", without.access().status(), with.access().status(), changes);
        decided(without.access().criteria(), with.access().criteria(), true, changes);
        for (int i = 0; i < without.pathways().size(); i++) {
            PathwayResult w = without.pathways().get(i);
            PathwayResult g = with.pathways().get(i);
            decided(w.pathway().name(), w.status(), g.status(), changes);
            decided(w.criteria(), g.criteria(), Reports.shownCandidate(w) == Reports.shownCandidate(g), changes);
        }
        if (!changes.isEmpty()) {
            throw Counterexample.builder("information monotonicity", "giving the answer " + answer
                            + " changed what was already decided without it.")
                    .lines(changes).applicant(applicant).otherApplicant("Applicant without " + answer, fewer)
                    .report("Report without " + answer, without).report("Report with " + answer, with).build();
        }
    }

    private static void decided(String scope, Status without, Status with, List<String> changes) {
        if (without != Status.POSSIBLY_ELIGIBLE && without != with) {
            changes.add(scope + ": " + without + " without the answer, " + with + " with it");
        }
    }

    private static void decided(List<CriterionResult> without, List<CriterionResult> with, boolean sameCandidate,
                                List<String> changes) {
        for (int i = 0; i < without.size(); i++) {
            CriterionResult w = without.get(i);
            CriterionResult g = with.get(i);
            boolean comparable = sameCandidate || !(Reports.perCandidate(w) || Reports.perCandidate(g));
            if (comparable && w.outcome() != Outcome.UNKNOWN && w.outcome() != g.outcome()) {
                changes.add(w.id() + ": " + w.outcome() + " without the answer, " + g.outcome() + " with it");
            }
        }
    }

    /**
     * Status consistency: statuses are the Kleene AND of the criteria; SMO-ACCESS mirrors access.
     *
     * @param applicant a generated applicant
     */
    @Property
    default void statusesFollowFromTheCriteria(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        List<String> problems = new ArrayList<>();
        Status access = report.access().status();
        if (access != Reports.kleeneAnd(report.access().criteria())) {
            problems.add("ACCESS is " + access + " but its criteria give " + Reports.kleeneAnd(report.access().criteria()));
        }
        List<Pathway> order = report.pathways().stream().map(PathwayResult::pathway).toList();
        if (!order.equals(List.of(Pathway.values()))) {
            problems.add("the pathways are " + order + ", not all six in policy order");
        }
        for (PathwayResult p : report.pathways()) {
            if (p.status() != Reports.kleeneAnd(p.criteria())) {
                problems.add(p.pathway() + " is " + p.status() + " but its criteria give " + Reports.kleeneAnd(p.criteria()));
            }
            CriterionResult first = p.criteria().isEmpty() ? null : p.criteria().get(0);
            if (first == null || !first.id().equals("SMO-ACCESS") || first.outcome() != Reports.accessOutcome(access)) {
                problems.add(p.pathway() + " does not start with SMO-ACCESS " + Reports.accessOutcome(access)
                        + " (access is " + access + ")");
            }
        }
        fail("status consistency", "a status does not follow from its criteria.", problems, applicant, report);
    }

    /**
     * Explanation completeness: reason, citation and rule everywhere; missing answers are open answers.
     *
     * @param applicant a generated applicant
     */
    @Property
    default void everyCriterionIsExplained(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        JsonNode tree = JsonTree.of(applicant);
        List<String> problems = new ArrayList<>();
        List<CriterionResult> all = new ArrayList<>(report.access().criteria());
        report.pathways().forEach(p -> all.addAll(p.criteria()));
        Set<String> missingBehindUnknown = new HashSet<>();
        for (CriterionResult c : all) {
            if (c.reason().isBlank() || c.citation().isBlank() || c.rule().isBlank()) {
                problems.add(c.id() + " lacks a reason, a citation or a rule name");
            }
            if (c.outcome() != Outcome.UNKNOWN && !c.missing().isEmpty()) {
                problems.add(c.id() + " is " + c.outcome() + " yet lists missing answers " + c.missing());
            }
            for (String path : c.missing()) {
                if (!JsonTree.isAbsent(tree, path)) {
                    problems.add(c.id() + " lists " + path + " as missing, but the applicant gave it");
                }
            }
            if (c.outcome() == Outcome.UNKNOWN) {
                missingBehindUnknown.addAll(c.missing());
            }
        }
        Map<String, Status> statuses = Reports.statuses(report);
        for (MissingInformation m : report.missingInformation()) {
            if (!missingBehindUnknown.contains(m.field())) {
                problems.add("missing information names " + m.field() + ", which no UNKNOWN criterion lists");
            }
            for (String scope : m.pathways()) {
                if (statuses.get(scope) != Status.POSSIBLY_ELIGIBLE) {
                    problems.add("missing information names " + m.field() + " for " + scope + ", which is "
                            + statuses.get(scope) + ": the answer cannot change it");
                }
            }
        }
        fail("explanation completeness", "a criterion or a missing answer is not explained as the policy asks.",
                problems, applicant, report);
    }

    /**
     * SMO-ACCESS gating: no pathway ELIGIBLE without access; all NOT_ELIGIBLE when access is.
     *
     * @param applicant a generated applicant
     */
    @Property
    default void noPathwayIsEligibleUnlessAccessIs(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        Status access = report.access().status();
        List<String> problems = new ArrayList<>();
        for (PathwayResult p : report.pathways()) {
            if (p.status() == Status.ELIGIBLE && access != Status.ELIGIBLE) {
                problems.add(p.pathway() + " is ELIGIBLE although access is " + access);
            }
            if (access == Status.NOT_ELIGIBLE && p.status() != Status.NOT_ELIGIBLE) {
                problems.add(p.pathway() + " is " + p.status() + " although access is NOT_ELIGIBLE");
            }
        }
        fail("SMO-ACCESS gating", "a pathway got past the office gate.", problems, applicant, report);
    }

    /**
     * Completeness: with every answer given, only a PENDING labour certification and an H-2
     * nationality with no list in force stay UNKNOWN, and nothing is missing.
     *
     * @param applicant a generated applicant with every answer given
     */
    @Property
    default void withEveryAnswerGivenOnlyThePolicysTwoCasesStayUnknown(
            @ForAll("testkitCompleteApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        List<String> problems = new ArrayList<>();
        List<CriterionResult> access = report.access().criteria();
        access.stream().filter(c -> c.outcome() == Outcome.UNKNOWN)
                .forEach(c -> problems.add(c.id() + " is UNKNOWN although every answer is given"));
        for (PathwayResult p : report.pathways()) {
            for (CriterionResult c : p.criteria()) {
                if (c.outcome() != Outcome.UNKNOWN) {
                    continue;
                }
                if (!c.missing().isEmpty()) {
                    problems.add(c.id() + " lists missing answers " + c.missing() + " although every answer is given");
                } else if (!c.id().equals("SMO-ACCESS") && !(isPendingCertification(c, p, applicant) || isH2Nationality(c))) {
                    problems.add(c.id() + " is UNKNOWN although every answer is given: " + c.reason());
                }
            }
        }
        if (!report.missingInformation().isEmpty()) {
            problems.add("missing information is not empty: " + report.missingInformation().stream().map(MissingInformation::field).toList());
        }
        fail("completeness", "with every answer given, something other than the policy's two cases is UNKNOWN.",
                problems, applicant, report);
    }

    private static boolean isPendingCertification(CriterionResult c, PathwayResult p, Applicant applicant) {
        if (!c.id().equals("H2A-LABOR-CERTIFICATION") && !c.id().equals("H2B-LABOR-CERTIFICATION")) {
            return false;
        }
        int shown = Reports.shownCandidate(p);
        List<JobOffer> offers = applicant.employment() == null ? null : applicant.employment().jobOffers();
        return offers != null && shown >= 0 && shown < offers.size()
                && offers.get(shown).laborCertification() == LaborCertification.PENDING;
    }

    private static boolean isH2Nationality(CriterionResult c) {
        return c.id().equals("H2A-NATIONALITY") || c.id().equals("H2B-NATIONALITY");
    }

    /**
     * JSON round trip: report to JSON and back is equal and writes the same JSON; so is the applicant.
     *
     * @param applicant a generated applicant
     */
    @Property
    default void reportsSurviveAJsonRoundTrip(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        String json = EligibilityJson.writeReport(report);
        EligibilityReport back = EligibilityJson.readReport(json);
        EligibilityReport backFromPretty = EligibilityJson.readReport(EligibilityJson.writeReport(report, true));
        List<String> problems = new ArrayList<>();
        if (!report.equals(back) || !json.equals(EligibilityJson.writeReport(back))) {
            problems.add("the report read back from its JSON is not equal to it");
        }
        if (!report.equals(backFromPretty)) {
            problems.add("the report read back from its pretty-printed JSON is not equal to it");
        }
        if (!applicant.equals(EligibilityJson.readApplicant(EligibilityJson.writeApplicant(applicant)))) {
            problems.add("the applicant read back from its JSON is not equal to it");
        }
        if (!problems.isEmpty()) {
            throw Counterexample.builder("JSON round trip", "JSON lost or changed something.").lines(problems)
                    .applicant(applicant).report("Report", report).report("Report read back from JSON", back).build();
        }
    }

    private static void fail(String property, String claim, List<String> problems, Applicant applicant, EligibilityReport report) {
        if (!problems.isEmpty()) {
            throw Counterexample.builder(property, claim).lines(problems).applicant(applicant).report("Report", report).build();
        }
    }
}
