package org.safemobility.eligibility.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.TemporaryNeed;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.PolicyTables;
import org.safemobility.eligibility.testkit.internal.Reports;

/**
 * Invariants of the screening policy 2023.1, each written from a sentence or a table of
 * {@code docs/policy/screening-policy.md} (cited on each property) and checked against the
 * applicant's own answers, not against the rules. At least one per pathway, and the office gate:
 *
 * <ul>
 *   <li>access (section 2): nobody under 18 on D is access-ELIGIBLE; nothing is ELIGIBLE outside
 *       the offices' registration windows (so after 2025-01-26 nothing is); an office lets in only
 *       those who live where it serves, hold a nationality it serves and arrived in time;</li>
 *   <li>refugee resettlement (section 3): a participant in persecution, an applicant with a
 *       security concern, and one with an offer of firm resettlement are never refugee-ELIGIBLE;</li>
 *   <li>family reunification parole (section 4): an FRP match always rests on an approved,
 *       invited family-preference petition of a citizen or LPR in an open window, a valid
 *       passport and no immigrant visa; with no petition at all FRP is NOT_ELIGIBLE;</li>
 *   <li>Central American Minors (section 5): a CAM match is always 18 to 20 years old, unmarried,
 *       living in SV, GT or HN as a national, with a qualifying parent; a married applicant
 *       never matches;</li>
 *   <li>H-1B (section 6): a match always has a specialty-occupation offer from a U.S. employer
 *       that is cap-exempt or selected, and a degree or its equivalent;</li>
 *   <li>H-2A and H-2B (sections 7 to 9): a match always has a nationality on the list in force on
 *       D and a temporary offer of its kind with an approved labour certification; with every answer
 *       given, the nationality criterion is UNKNOWN exactly when no list is in force; Venezuelans and
 *       Cubans are on no list.</li>
 * </ul>
 *
 * <p>These check the policy as published; a rule set that implements a different policy (a new
 * office, a changed list) fails them by design. Copy and adapt the ones that change, in your own
 * class, as {@code docs/testing.md} shows. Each fails with a {@link Counterexample} carrying the
 * (shrunk) applicant and the report.
 */
public interface PolicyProperties extends RulesUnderTest {

    // --- program access (section 2) ----------------------------------------------------------

    /** Section 2, ACC-AGE: "age on D is 18 or more". So a minor's access is decided NOT_ELIGIBLE. */
    @Property
    default void nobodyUnder18IsAccessEligible(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        Integer age = age(applicant, report.evaluationDate());
        if (age != null && age < 18 && report.access().status() != Status.NOT_ELIGIBLE) {
            throw violation("nobody under 18 on D is access-ELIGIBLE (section 2, ACC-AGE)",
                    "the applicant is " + age + " on " + report.evaluationDate() + " and access is " + report.access().status(),
                    applicant, report);
        }
    }

    /**
     * Section 2, ACC-OFFICE-OPEN and the office table; EO 14163: outside its office's registration
     * window an applicant is NOT_ELIGIBLE for access and for every pathway. After 2025-01-26
     * nothing is ELIGIBLE.
     */
    @Property
    default void nothingIsEligibleOutsideTheOfficesWindow(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        LocalDate d = report.evaluationDate();
        boolean closed = d.isBefore(PolicyTables.OFFICE_OPENS.get(applicant.office())) || d.isAfter(PolicyTables.OFFICES_LAST_DAY);
        if (closed && (report.access().status() != Status.NOT_ELIGIBLE
                || report.pathways().stream().anyMatch(p -> p.status() != Status.NOT_ELIGIBLE))) {
            throw violation("nothing is ELIGIBLE outside the office's registration window (section 2, ACC-OFFICE-OPEN; EO 14163)",
                    "the " + applicant.office() + " office does not register on " + d + ", yet the statuses are "
                            + Reports.statuses(report), applicant, report);
        }
    }

    /**
     * Section 2, the served populations: access is ELIGIBLE only for someone who lives where the
     * office serves (a CA-4 country for GT, the office's own country elsewhere), and, at CR, CO and
     * EC, holds a served nationality (not the office's own, at CO and EC) and arrived by the cutoff.
     */
    @Property
    default void anOfficeLetsInOnlyThePopulationItServes(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        if (report.access().status() != Status.ELIGIBLE) {
            return;
        }
        Office office = applicant.office();
        Residence r = applicant.residence();
        List<String> nationalities = applicant.nationalities();
        String problem = null;
        if (r == null || r.country() == null) {
            problem = "residence.country is unknown";
        } else if (office == Office.GT) {
            if (!PolicyTables.CA4.contains(r.country())) {
                problem = "a GT applicant lives in " + r.country() + ", not a CA-4 country";
            }
        } else if (!r.country().equals(office.name())) {
            problem = "a " + office + " applicant lives in " + r.country();
        } else if (nationalities == null || nationalities.stream().noneMatch(PolicyTables.SERVED.get(office)::contains)) {
            problem = "no nationality in " + nationalities + " is served at " + office;
        } else if (office != Office.CR && nationalities.contains(office.name())) {
            problem = "a national of " + office + " is not served there";
        } else if (r.arrivalDate() == null || r.arrivalDate().isAfter(PolicyTables.ARRIVAL_CUTOFF.get(office))) {
            problem = "arrival " + r.arrivalDate() + " is not on or before the cutoff " + PolicyTables.ARRIVAL_CUTOFF.get(office);
        }
        if (problem != null) {
            throw violation("an office lets in only the population it serves (section 2)",
                    "access is ELIGIBLE but " + problem, applicant, report);
        }
    }

    // --- refugee resettlement (section 3) ----------------------------------------------------

    /** Section 3, REF-NOT-PERSECUTOR: "participatedInPersecution is false". A participant is decided NOT_ELIGIBLE. */
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

    // --- family reunification parole (section 4) ---------------------------------------------

    /**
     * Section 4: an FRP match needs some relative's petition that is APPROVED, in a family
     * preference category, filed by a U.S. citizen or LPR who was invited, for a principal
     * nationality whose window holds D; a passport valid on D; and no immigrant visa.
     */
    @Property
    default void anFrpMatchRestsOnAnApprovedInvitedPetition(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        if (report.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE).status() != Status.ELIGIBLE) {
            return;
        }
        LocalDate d = report.evaluationDate();
        boolean petition = applicant.usRelatives() != null && applicant.usRelatives().stream()
                .anyMatch(r -> qualifyingPetition(r, applicant.nationalities(), d));
        boolean passport = applicant.passportExpiryDate() != null && !applicant.passportExpiryDate().isBefore(d);
        boolean noVisa = applicant.usHistory() != null && Boolean.FALSE.equals(applicant.usHistory().immigrantVisaIssued());
        if (!(petition && passport && noVisa)) {
            throw violation("an FRP match rests on an approved, invited family-preference petition (section 4)",
                    "FAMILY_REUNIFICATION_PAROLE is ELIGIBLE but: qualifying petition " + petition
                            + ", passport valid on D " + passport + ", no immigrant visa " + noVisa, applicant, report);
        }
    }

    private static boolean qualifyingPetition(UsRelative r, List<String> nationalities, LocalDate d) {
        I130 i = r.i130();
        if (i == null || i.status() != I130Status.APPROVED || i.category() == null || i.category() == PreferenceCategory.IR
                || !(r.status() == RelativeStatus.US_CITIZEN || r.status() == RelativeStatus.LPR)
                || !Boolean.TRUE.equals(r.frpInvitation()) || i.role() == null) {
            return false;
        }
        List<String> principal = i.role() == PetitionRole.PRINCIPAL ? nationalities
                : i.principalNationality() == null ? null : List.of(i.principalNationality());
        return principal != null && principal.stream().anyMatch(n -> PolicyTables.FRP_OPENS.containsKey(n)
                && !d.isBefore(PolicyTables.FRP_OPENS.get(n)) && !d.isAfter(PolicyTables.FRP_LAST_DAY));
    }

    /** Section 4: "With no petition at all (usRelatives known and no entry has an i130) the petition-level criteria are NOT_MET". */
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

    // --- Central American Minors (section 5) -------------------------------------------------

    /**
     * Section 5: "Only applicants aged 18 to 20 can pass both SMO-ACCESS and CAM-AGE"; a CAM match
     * is also unmarried, lives in SV, GT or HN as a national (CAM-IN-COUNTRY), and has a parent,
     * step-parent or guardian of 18 or more in a qualifying status (CAM-QUALIFYING-PARENT).
     */
    @Property
    default void aCamMatchIsAnUnmarriedYoungNationalWithAQualifyingParent(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        if (report.pathway(Pathway.CENTRAL_AMERICAN_MINORS).status() != Status.ELIGIBLE) {
            return;
        }
        LocalDate d = report.evaluationDate();
        Integer age = age(applicant, d);
        Residence r = applicant.residence();
        boolean young = age != null && age >= 18 && age <= 20;
        boolean unmarried = applicant.maritalStatus() != null && applicant.maritalStatus() != MaritalStatus.MARRIED;
        boolean inCountry = r != null && r.country() != null && PolicyTables.CAM_COUNTRIES.contains(r.country())
                && applicant.nationalities() != null && applicant.nationalities().contains(r.country());
        boolean parent = applicant.usRelatives() != null && applicant.usRelatives().stream().anyMatch(x -> qualifyingParent(x, d));
        if (!(young && unmarried && inCountry && parent)) {
            throw violation("a CAM match is an unmarried 18-to-20-year-old national in SV, GT or HN with a qualifying parent (section 5)",
                    "CENTRAL_AMERICAN_MINORS is ELIGIBLE but: age " + age + ", unmarried " + unmarried + ", in country "
                            + inCountry + ", qualifying parent " + parent, applicant, report);
        }
    }

    private static boolean qualifyingParent(UsRelative r, LocalDate d) {
        Set<Relationship> parents = Set.of(Relationship.PARENT, Relationship.STEP_PARENT, Relationship.LEGAL_GUARDIAN);
        Set<RelativeStatus> statuses = Set.of(RelativeStatus.LPR, RelativeStatus.TPS, RelativeStatus.PAROLEE,
                RelativeStatus.DEFERRED_ACTION, RelativeStatus.DED, RelativeStatus.WITHHOLDING_OF_REMOVAL);
        Set<RelativeStatus> pending = Set.of(RelativeStatus.PENDING_ASYLUM, RelativeStatus.PENDING_U_VISA, RelativeStatus.PENDING_T_VISA);
        if (!parents.contains(r.relationship()) || r.dateOfBirth() == null
                || Period.between(r.dateOfBirth(), d).getYears() < 18 || r.status() == null) {
            return false;
        }
        return statuses.contains(r.status()) || (pending.contains(r.status()) && r.pendingSince() != null
                && !r.pendingSince().isAfter(PolicyTables.CAM_PENDING_CUTOFF));
    }

    /** Section 5, CAM-UNMARRIED: "maritalStatus is not MARRIED". A married applicant is decided NOT_ELIGIBLE. */
    @Property
    default void aMarriedApplicantIsNeverCamEligible(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        Status cam = report.pathway(Pathway.CENTRAL_AMERICAN_MINORS).status();
        if (applicant.maritalStatus() == MaritalStatus.MARRIED && cam != Status.NOT_ELIGIBLE) {
            throw violation("a married applicant is never CAM-ELIGIBLE (section 5, CAM-UNMARRIED)",
                    "the applicant is married and CENTRAL_AMERICAN_MINORS is " + cam, applicant, report);
        }
    }

    // --- H-1B (section 6) --------------------------------------------------------------------

    /**
     * Section 6: an H-1B match has a SPECIALTY_OCCUPATION offer from a U.S. employer that is
     * cap-exempt or cap-selected, and a bachelor's degree or more, or its equivalent (ASSOCIATE
     * counts two years, every full three years of experience one more, four needed).
     */
    @Property
    default void anH1bMatchHasASpecialtyOfferUnderTheCapAndADegree(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        if (report.pathway(Pathway.H1B).status() != Status.ELIGIBLE) {
            return;
        }
        boolean offer = offers(applicant).stream().anyMatch(o -> o.kind() == JobKind.SPECIALTY_OCCUPATION
                && Boolean.TRUE.equals(o.usEmployer())
                && (Boolean.TRUE.equals(o.capExempt()) || Boolean.TRUE.equals(o.capSelected())));
        Employment e = applicant.employment();
        boolean degree = e != null && e.education() != null
                && (Set.of(Education.BACHELOR, Education.MASTER, Education.DOCTORATE).contains(e.education())
                || (e.experienceYears() != null
                    && (e.education() == Education.ASSOCIATE ? 2 : 0) + e.experienceYears() / 3 >= 4));
        if (!(offer && degree)) {
            throw violation("an H-1B match has a specialty offer under the cap and a degree or its equivalent (section 6)",
                    "H1B is ELIGIBLE but: qualifying offer " + offer + ", degree or equivalent " + degree, applicant, report);
        }
    }

    // --- H-2A and H-2B (sections 7 to 9) -----------------------------------------------------

    /**
     * Sections 7 and 9, H2A-NATIONALITY and H2A-JOB-OFFER: an H-2A match always has a
     * nationality on the H-2A list in force on D and an AGRICULTURAL offer for a temporary need of
     * 12 months or less with an APPROVED labour certification.
     */
    @Property
    default void anH2aMatchHasANationalityOnTheListInForce(@ForAll("testkitApplicants") Applicant applicant) {
        h2Match(applicant, Pathway.H2A, JobKind.AGRICULTURAL);
    }

    /** Sections 8 and 9, as for H-2A with the H-2B list (Paraguay is on the H-2A list only) and NON_AGRICULTURAL offers. */
    @Property
    default void anH2bMatchHasANationalityOnTheListInForce(@ForAll("testkitApplicants") Applicant applicant) {
        h2Match(applicant, Pathway.H2B, JobKind.NON_AGRICULTURAL);
    }

    private void h2Match(Applicant applicant, Pathway pathway, JobKind kind) {
        EligibilityReport report = screen(applicant);
        if (report.pathway(pathway).status() != Status.ELIGIBLE) {
            return;
        }
        LocalDate d = report.evaluationDate();
        Set<String> list = PolicyTables.h2Countries(pathway == Pathway.H2A, d);
        boolean listed = list != null && applicant.nationalities() != null && applicant.nationalities().stream().anyMatch(list::contains);
        boolean offer = offers(applicant).stream().anyMatch(o -> o.kind() == kind && o.temporaryNeed() != null
                && o.temporaryNeed() != TemporaryNeed.PERMANENT && o.durationMonths() != null && o.durationMonths() <= 12
                && o.laborCertification() == LaborCertification.APPROVED);
        if (!(listed && offer)) {
            throw violation("an " + pathway + " match has a nationality on the list in force on D and a temporary "
                            + kind + " offer with an approved certification (sections 7 to 9)",
                    pathway + " is ELIGIBLE on " + d + " but: nationality " + applicant.nationalities() + " on the list "
                            + listed + ", qualifying offer " + offer, applicant, report);
        }
    }

    /**
     * Section 7, H2A-NATIONALITY ("with no list in force on D the outcome is UNKNOWN"), and the
     * periods of section 9: with every answer given, an H-2 nationality criterion is UNKNOWN exactly
     * on the dates no eligible-countries list is in force (before 2022-11-10, after 2025-11-07).
     */
    @Property
    default void anH2NationalityIsUndecidedOnlyWhenNoListIsInForce(@ForAll("testkitCompleteApplicants") Applicant applicant) {
        EligibilityReport report = screen(applicant);
        boolean listInForce = PolicyTables.h2Countries(true, report.evaluationDate()) != null;
        for (Pathway p : List.of(Pathway.H2A, Pathway.H2B)) {
            String id = p + "-NATIONALITY";
            Outcome outcome = report.pathway(p).criterion(id).map(CriterionResult::outcome).orElse(null);
            if ((outcome == Outcome.UNKNOWN) == listInForce) {
                throw violation("an H-2 nationality is undecided only when no list is in force (sections 7 to 9)",
                        id + " is " + outcome + " on " + report.evaluationDate() + ", when "
                                + (listInForce ? "a list is in force" : "no list is in force"), applicant, report);
            }
        }
    }

    /** Section 9: "Venezuela and Cuba are on none of these lists", so VE and CU nationals never get an H-2 match. */
    @Property
    default void venezuelansAndCubansAreNeverH2Eligible(@ForAll("testkitApplicants") Applicant applicant) {
        List<String> n = applicant.nationalities();
        if (n == null || n.isEmpty() || !Set.of("VE", "CU").containsAll(n)) {
            return;
        }
        EligibilityReport report = screen(applicant);
        for (Pathway p : List.of(Pathway.H2A, Pathway.H2B)) {
            if (report.pathway(p).status() == Status.ELIGIBLE) {
                throw violation("Venezuelans and Cubans are on no H-2 list (section 9)",
                        "nationalities " + n + " and " + p + " is ELIGIBLE", applicant, report);
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static Integer age(Applicant applicant, LocalDate d) {
        return applicant.dateOfBirth() == null ? null : Period.between(applicant.dateOfBirth(), d).getYears();
    }

    private static List<JobOffer> offers(Applicant applicant) {
        return applicant.employment() == null || applicant.employment().jobOffers() == null
                ? List.of() : applicant.employment().jobOffers();
    }

    private static Counterexample violation(String invariant, String what, Applicant applicant, EligibilityReport report) {
        return Counterexample.builder("policy: " + invariant, what + ".").applicant(applicant).report("Report", report).build();
    }
}
