package org.safemobility.eligibility.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.policy.ExpectedReport;
import org.safemobility.eligibility.testkit.internal.policy.RuleSetTables;

/**
 * The screening policy 2023.1, criterion by criterion: for every generated applicant, every
 * criterion of sections 2 to 8 must come out MET, NOT_MET or UNKNOWN as the policy writes it, with
 * the missing paths section 1 says, and the statuses, the petition or job offer shown, and the
 * missing information must follow.
 *
 * <p>The testkit decides each criterion itself, from the policy's text: atomic tests joined by
 * Kleene <em>and</em>, <em>or</em> and <em>not</em>, an absent answer UNKNOWN naming its field
 * path, an empty list a known "none", a PENDING labour certification and a day with no H-2 list in
 * force UNKNOWN with nothing missing, paths carried up only through joins that are themselves
 * UNKNOWN. That logic is the testkit's own, written apart from the rules. The <em>data</em> comes
 * from the rule set under test: office windows and cutoffs, served nationalities, FRP windows,
 * program windows, H-2 periods and lists, and every name of {@code policy-values.csv}. So an
 * analyst's table edit (a nationality served, a window moved, a status added to a list) keeps
 * these properties green, while a change of logic (an <em>and</em> for an <em>or</em>, a
 * comparison turned round, a <em>not</em> dropped) turns them red.
 *
 * <ul>
 *   <li>{@link #accessIsDecidedAsThePolicyWritesIt} (section 2, and the evaluation date of section 1);</li>
 *   <li>one property per pathway (sections 3 to 8), each with SMO-ACCESS, the pathway's criteria,
 *       the petition or job offer shown (the best status, ties to the first) and the status;</li>
 *   <li>{@link #missingInformationIsWhatThePolicySaysMatters} (section 1);</li>
 *   <li>four short invariants that need no data: a participant in persecution, a security concern
 *       or firm resettlement, no petition, a marriage.</li>
 * </ul>
 *
 * <p>A rule set of another policy (a new criterion, another reading of a row) fails these by
 * design; {@code docs/testing.md} says how to adapt. Each fails with a {@link Counterexample}
 * naming the criterion, the outcome and missing paths the policy gives and those the report gives,
 * and the policy's row, followed by the (shrunk) applicant and the report.
 */
public interface PolicyProperties extends RulesUnderTest {

    /**
     * Section 2: ACC-OFFICE-OPEN, ACC-AGE, ACC-C4-RESIDENCY (GT), ACC-HOST-RESIDENCE,
     * ACC-NATIONALITY, ACC-ARRIVAL-CUTOFF and ACC-HOST-STATUS (CR, CO, EC), in that order, each as
     * the policy writes it, and access status their Kleene AND; section 1: D is the application
     * date when there is one.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void accessIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        List<String> differences = new ArrayList<>();
        if (applicant.applicationDate() != null && !applicant.applicationDate().equals(report.evaluationDate())) {
            differences.add("evaluation date: the policy gives the application date, the report another date");
        }
        differences.addAll(expected(applicant, report).accessDifferences(report));
        check("program access as written (section 2)", differences, applicant, report);
    }

    /**
     * Section 3: SMO-ACCESS and REF-PROGRAM-OPEN to REF-SECURITY as written, and the status.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void refugeeResettlementIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        pathwayAsWritten(applicant, Pathway.REFUGEE_RESETTLEMENT, "section 3");
    }

    /**
     * Section 4: the petition-level criteria per petition (NOT_MET with no petition, UNKNOWN with
     * {@code usRelatives} absent), the best petition shown, the applicant-level criteria, the status.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void familyReunificationParoleIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        pathwayAsWritten(applicant, Pathway.FAMILY_REUNIFICATION_PAROLE, "section 4");
    }

    /**
     * Section 5: SMO-ACCESS and CAM-PROGRAM-OPEN to CAM-QUALIFYING-PARENT as written, and the status.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void centralAmericanMinorsIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        pathwayAsWritten(applicant, Pathway.CENTRAL_AMERICAN_MINORS, "section 5");
    }

    /**
     * Section 6: the offer-level criteria per job offer, the best offer shown, H1B-QUALIFICATION, the status.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void h1bIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        pathwayAsWritten(applicant, Pathway.H1B, "section 6");
    }

    /**
     * Section 7 (and 9): per job offer, the best shown; H2A-NATIONALITY against the list in force on D.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void h2aIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        pathwayAsWritten(applicant, Pathway.H2A, "section 7");
    }

    /**
     * Section 8 (and 9): as H2A, with the H-2B list.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void h2bIsDecidedAsThePolicyWritesIt(@ForAll("testkitApplicants") Applicant applicant) {
        pathwayAsWritten(applicant, Pathway.H2B, "section 8");
    }

    /**
     * Section 1, "Missing information that matters": each absent input behind an UNKNOWN criterion
     * of access or of a pathway whose status is POSSIBLY_ELIGIBLE, with those scopes (ACCESS first,
     * then the pathways in order); nothing for a scope already decided.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void missingInformationIsWhatThePolicySaysMatters(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        check("missing information that matters (section 1)", expected(applicant, report).missingInformationDifferences(report),
                applicant, report);
    }

    // --- short invariants that need no data --------------------------------------------------

    /**
     * Section 3, REF-NOT-PERSECUTOR: "participatedInPersecution is false". A participant is decided NOT_ELIGIBLE.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void aParticipantInPersecutionIsNeverRefugeeEligible(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        boolean participated = applicant.protection() != null
                && Boolean.TRUE.equals(applicant.protection().participatedInPersecution());
        Status refugee = report.pathway(Pathway.REFUGEE_RESETTLEMENT).status();
        if (participated && refugee != Status.NOT_ELIGIBLE) {
            throw violation("a participant in persecution is never refugee-ELIGIBLE (section 3, REF-NOT-PERSECUTOR)",
                    "the applicant took part in persecution and REFUGEE_RESETTLEMENT is " + refugee, applicant, report);
        }
    }

    /**
     * Section 3, REF-SECURITY and REF-NOT-FIRMLY-RESETTLED: a security concern ("cannot be waived
     * for refugees") or an offer of firm resettlement makes refugee resettlement NOT_ELIGIBLE.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void aSecurityConcernOrFirmResettlementBarsRefugeeResettlement(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        Protection p = applicant.protection();
        boolean concern = p != null && p.securityConcerns() != null && !p.securityConcerns().isEmpty();
        boolean resettled = p != null && Boolean.TRUE.equals(p.firmResettlementOffer());
        Status refugee = report.pathway(Pathway.REFUGEE_RESETTLEMENT).status();
        if ((concern || resettled) && refugee != Status.NOT_ELIGIBLE) {
            throw violation("a security concern or firm resettlement bars refugee resettlement (section 3, REF-SECURITY, REF-NOT-FIRMLY-RESETTLED)",
                    (concern ? "security concerns " + p.securityConcerns() : "an offer of firm resettlement")
                            + " and REFUGEE_RESETTLEMENT is " + refugee, applicant, report);
        }
    }

    /**
     * Section 4: "With no petition at all (usRelatives known and no entry has an i130) the petition-level criteria are NOT_MET".
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void withNoPetitionFrpIsNotEligible(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        boolean noPetition = applicant.usRelatives() != null && applicant.usRelatives().stream().allMatch(r -> r.i130() == null);
        Status frp = report.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE).status();
        if (noPetition && frp != Status.NOT_ELIGIBLE) {
            throw violation("with no petition FRP is NOT_ELIGIBLE (section 4)",
                    "no relative filed an I-130 and FAMILY_REUNIFICATION_PAROLE is " + frp, applicant, report);
        }
    }

    /**
     * Section 5, CAM-UNMARRIED: "maritalStatus is not MARRIED". A married applicant is decided NOT_ELIGIBLE.
     *
     * @param applicant a generated applicant, partial or complete
     */
    @Property
    default void aMarriedApplicantIsNeverCamEligible(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        Status cam = report.pathway(Pathway.CENTRAL_AMERICAN_MINORS).status();
        if (applicant.maritalStatus() == MaritalStatus.MARRIED && cam != Status.NOT_ELIGIBLE) {
            throw violation("a married applicant is never CAM-ELIGIBLE (section 5, CAM-UNMARRIED)",
                    "the applicant is married and CENTRAL_AMERICAN_MINORS is " + cam, applicant, report);
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private void pathwayAsWritten(Applicant applicant, Pathway pathway, String section) {
        EligibilityReport report = screen(applicant);
        check(pathway + " criterion by criterion as written (" + section + ")",
                expected(applicant, report).pathwayDifferences(pathway, report), applicant, report);
    }

    /** The policy's report, on the report's D (section 1), with the tables of the rule set under test. */
    private ExpectedReport expected(Applicant applicant, EligibilityReport report) {
        LocalDate d = applicant.applicationDate() != null ? applicant.applicationDate() : report.evaluationDate();
        return ExpectedReport.of(applicant, d, RuleSetTables.of(engine()));
    }

    private static void check(String invariant, List<String> differences, Applicant applicant, EligibilityReport report) {
        if (differences.isEmpty()) {
            return;
        }
        String first = differences.get(0);
        int cut = first.indexOf('\n');
        throw Counterexample.builder("policy: " + invariant, (cut < 0 ? first : first.substring(0, cut)) + ".")
                .line(differences.size() == 1 ? "The difference from the policy:" : "The " + differences.size() + " differences from the policy:")
                .lines(differences.stream().map(d -> "- " + d).toList())
                .applicant(applicant).report("Report", report).build();
    }

    private static Counterexample violation(String invariant, String what, Applicant applicant, EligibilityReport report) {
        return Counterexample.builder("policy: " + invariant, what + ".").applicant(applicant).report("Report", report).build();
    }
}
