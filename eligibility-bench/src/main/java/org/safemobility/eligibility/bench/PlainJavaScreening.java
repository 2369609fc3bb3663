package org.safemobility.eligibility.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.facts.Candidate;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.JobOfferCandidate;
import org.safemobility.eligibility.facts.OfferAnswers;
import org.safemobility.eligibility.facts.Petition;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.facts.RelativeAnswers;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.facts.Tri;
import org.safemobility.eligibility.facts.Verdicts;
import org.safemobility.eligibility.internal.ApplicantValidator;
import org.safemobility.eligibility.internal.CriteriaCatalog;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.ReportAssembler;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.TemporaryNeed;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The plain-Java floor: the same policy hand-written as if/else over the same fact model, with the
 * same reasons, citations and rule names, assembled into the same report objects. It exists only to
 * measure what the rule engine costs; {@code FloorEqualityTest} proves it gives reports equal to the
 * engine's. It is not part of the library.
 */
public final class PlainJavaScreening {

    private static final Set<ProtectionGround> NEXUS = Set.of(ProtectionGround.RACE, ProtectionGround.RELIGION,
            ProtectionGround.NATIONALITY, ProtectionGround.PARTICULAR_SOCIAL_GROUP, ProtectionGround.POLITICAL_OPINION);

    private final ReferenceData refs;
    private final ReportAssembler assembler;

    public PlainJavaScreening() {
        RuleSetFiles files = RuleSetFiles.bundled(PlainJavaScreening.class.getClassLoader());
        this.refs = ReferenceTables.load(files);
        this.assembler = new ReportAssembler(CriteriaCatalog.load(files),
                org.safemobility.eligibility.EligibilityEngine.builder().build().rulesetVersion());
    }

    public EligibilityReport evaluate(Applicant applicant, LocalDate asOf) {
        LocalDate d = applicant.applicationDate() != null ? applicant.applicationDate() : asOf;
        List<Violation> violations = ApplicantValidator.validate(applicant, d);
        if (!violations.isEmpty()) {
            throw new InvalidApplicantException(null, violations);
        }
        Screening s = new Screening(applicant, d);
        return assembler.assemble(s, conclusions(s));
    }

    public List<EligibilityReport> evaluateAll(List<Applicant> applicants, LocalDate asOf) {
        List<EligibilityReport> out = new ArrayList<>(applicants.size());
        for (Applicant a : applicants) {
            out.add(evaluate(a, asOf));
        }
        return out;
    }

    List<Conclusion> conclusions(Screening s) {
        List<Conclusion> out = new ArrayList<>(48);
        access(s, out);
        List<Tri> access = new ArrayList<>();
        out.forEach(c -> access.add(c.value()));
        out.add(Verdicts.conclusion(s, "SMO-ACCESS", "Screening policy §1 and §2: program access at the Safe Mobility Office",
                "SMO-ACCESS", Tri.and(access),
                "Program access at the " + s.office() + " office is ELIGIBLE.",
                "Program access at the " + s.office() + " office is NOT_ELIGIBLE.",
                "Program access at the " + s.office() + " office is POSSIBLY_ELIGIBLE."));
        refugee(s, out);
        List<Petition> petitions = petitions(s);
        for (Petition p : petitions) {
            petition(s, p, out);
        }
        family(s, out);
        cam(s, out);
        List<JobOfferCandidate> offers = offers(s);
        for (JobOfferCandidate o : offers) {
            offer(o, out);
        }
        h1bQualification(s, out);
        h2Nationality(s, "H2A", "8 CFR 214.2(h)(5)(i)(F)", out);
        h2Nationality(s, "H2B", "8 CFR 214.2(h)(6)(i)(E)", out);
        return out;
    }

    private void access(Screening s, List<Conclusion> out) {
        out.add(Verdicts.conclusion(s, "ACC-OFFICE-OPEN",
                "U.S.-Guatemala launch notice (2023-06-12); movilidadsegura.org country pages; cancilleria.gov.co; EO 14163, 90 FR 8459",
                "ACC-OFFICE-OPEN", Tri.of(refs.officeOpen(s.office(), s.date())),
                "The " + s.office() + " office registers applications on the evaluation date " + s.date() + ".",
                "The " + s.office() + " office does not register applications on the evaluation date " + s.date() + ".", null));
        out.add(Verdicts.conclusion(s, "ACC-AGE",
                "SMO registration rules (adults register; minors are family members on an adult's case)", "ACC-AGE",
                s.age().atLeast(18),
                "The applicant is 18 or older on the evaluation date.",
                "The applicant is under 18 on the evaluation date; minors register as family members on an adult's case.", null));
        if (s.office() == Office.GT) {
            out.add(Verdicts.conclusion(s, "ACC-C4-RESIDENCY",
                    "CA-4 Free Mobility Agreement (2006); Guatemala office launch notice (2023-06-12)", "ACC-C4-RESIDENCY",
                    Tri.and(s.residenceCountry().isAnyOf("GT", "SV", "HN", "NI"),
                            Tri.or(s.residenceCountry().isAmong(s.nationalities()),
                                    s.residenceStatus().isAnyOf(ResidenceStatus.PERMANENT_RESIDENT, ResidenceStatus.TEMPORARY_RESIDENT))),
                    "The applicant lives in a CA-4 country (Guatemala, El Salvador, Honduras or Nicaragua) as a national or resident.",
                    "The applicant does not live in a CA-4 country (Guatemala, El Salvador, Honduras or Nicaragua) as a national or a permanent or temporary resident.",
                    null));
            return;
        }
        out.add(Verdicts.conclusion(s, "ACC-HOST-RESIDENCE", "movilidadsegura.org country pages (Costa Rica, Colombia, Ecuador)",
                "ACC-HOST-RESIDENCE", s.residenceCountry().is(s.office().name()),
                "The applicant lives in " + s.office() + ", the country of the office.",
                "The applicant does not live in " + s.office() + ", the country of the office.", null));
        Set<String> served = refs.servedNationalities(s.office(), s.date());
        if (s.office() == Office.CR) {
            out.add(Verdicts.conclusion(s, "ACC-NATIONALITY", "movilidadsegura.org, Costa Rica", "ACC-NATIONALITY (CR)",
                    s.nationalities().containsAnyOf(served),
                    "The applicant holds a nationality the Costa Rica office serves (" + served + ").",
                    "The applicant holds none of the nationalities the Costa Rica office serves (" + served + ").", null));
        } else {
            out.add(Verdicts.conclusion(s, "ACC-NATIONALITY", "movilidadsegura.org, Colombia and Ecuador", "ACC-NATIONALITY (CO, EC)",
                    Tri.and(s.nationalities().containsAnyOf(served), Tri.not(s.nationalities().contains(s.office().name()))),
                    "The applicant holds a nationality the " + s.office() + " office serves (" + served + ") and is not a national of " + s.office() + ".",
                    "The applicant holds none of the nationalities the " + s.office() + " office serves (" + served + "), or is a national of " + s.office() + ", whom the office does not serve.",
                    null));
        }
        LocalDate cutoff = refs.arrivalCutoff(s.office());
        out.add(Verdicts.conclusion(s, "ACC-ARRIVAL-CUTOFF", "movilidadsegura.org country pages (Costa Rica, Colombia, Ecuador)",
                "ACC-ARRIVAL-CUTOFF", s.arrivalDate().onOrBefore(cutoff),
                "The applicant arrived in " + s.office() + " on or before the cutoff " + cutoff + ".",
                "The applicant arrived in " + s.office() + " after the cutoff " + cutoff + ".", null));
        switch (s.office()) {
            case CR -> out.add(Verdicts.conclusion(s, "ACC-HOST-STATUS", "movilidadsegura.org, Costa Rica", "ACC-HOST-STATUS (CR)",
                    s.residenceStatus().is(ResidenceStatus.ASYLUM_SEEKER),
                    "The applicant is an asylum seeker in Costa Rica.",
                    "The applicant is not an asylum seeker in Costa Rica; recognised refugees and other statuses are not served.", null));
            case CO -> out.add(Verdicts.conclusion(s, "ACC-HOST-STATUS", "movilidadsegura.org, Colombia", "ACC-HOST-STATUS (CO)",
                    s.residenceStatus().isAnyOf(ResidenceStatus.TEMPORARY_RESIDENT, ResidenceStatus.PERMANENT_RESIDENT,
                            ResidenceStatus.REGULARIZATION_IN_PROCESS),
                    "The applicant is a temporary or permanent resident of Colombia, or has regularisation in process.",
                    "The applicant is neither a resident of Colombia nor in a regularisation process.", null));
            default -> out.add(Verdicts.conclusion(s, "ACC-HOST-STATUS", "movilidadsegura.org, Ecuador", "ACC-HOST-STATUS (EC)",
                    Tri.or(s.appliedForRegularization().isTrue(),
                            Tri.and(s.residenceStatus().isAnyOf(ResidenceStatus.ASYLUM_SEEKER, ResidenceStatus.RECOGNIZED_REFUGEE),
                                    s.asylumRegistrationDate().onOrBefore(LocalDate.of(2023, 10, 18)))),
                    "The applicant applied for regularisation in Ecuador, or is an asylum seeker or refugee registered there on or before 2023-10-18.",
                    "The applicant did not apply for regularisation in Ecuador and is not an asylum seeker or refugee registered there on or before 2023-10-18.",
                    null));
        }
    }

    private void refugee(Screening s, List<Conclusion> out) {
        out.add(Verdicts.conclusion(s, "REF-PROGRAM-OPEN", "EO 14163, 90 FR 8459", "REF-PROGRAM-OPEN",
                Tri.of(!s.date().isAfter(LocalDate.of(2025, 1, 26))),
                "Refugee admissions were open on the evaluation date (suspended after 2025-01-26).",
                "Refugee admissions were suspended after 2025-01-26 by Executive Order 14163.", null));
        out.add(Verdicts.conclusion(s, "REF-PERSECUTION", "INA §101(a)(42)", "REF-PERSECUTION",
                Tri.or(s.pastPersecution().isTrue(), s.fearOfPersecution().isTrue()),
                "The applicant suffered persecution or fears it.",
                "The applicant reports neither past persecution nor a fear of persecution.", null));
        out.add(Verdicts.conclusion(s, "REF-NEXUS", "INA §101(a)(42)", "REF-NEXUS",
                s.protectionGrounds().containsAnyOf(NEXUS),
                "A ground given is one of the five protected grounds (race, religion, nationality, particular social group, political opinion).",
                "No ground given is one of the five protected grounds (race, religion, nationality, particular social group, political opinion).", null));
        out.add(Verdicts.conclusion(s, "REF-LOCATION",
                "INA §101(a)(42)(A)-(B); FY2024 and FY2025 Presidential Determinations (in-country processing)", "REF-LOCATION",
                Tri.or(Tri.not(s.residenceCountry().isAmong(s.nationalities())), s.residenceCountry().isAnyOf("GT", "SV", "HN")),
                "The applicant lives outside the country of nationality, or in Guatemala, El Salvador or Honduras, where in-country processing is designated.",
                "The applicant lives in a country of nationality where no in-country processing is designated.", null));
        out.add(Verdicts.conclusion(s, "REF-NOT-PERSECUTOR", "INA §101(a)(42) (persecutor bar)", "REF-NOT-PERSECUTOR",
                s.participatedInPersecution().isFalse(),
                "The applicant did not take part in persecuting others.",
                "The applicant took part in persecuting others, which bars refugee status.", null));
        out.add(Verdicts.conclusion(s, "REF-NOT-FIRMLY-RESETTLED", "INA §207(c)(1); 8 CFR 207.1", "REF-NOT-FIRMLY-RESETTLED",
                Tri.and(s.firmResettlementOffer().isFalse(), Tri.not(Tri.and(
                        s.residenceStatus().is(ResidenceStatus.PERMANENT_RESIDENT),
                        Tri.not(s.residenceCountry().isAmong(s.nationalities()))))),
                "The applicant has no offer of firm resettlement and no permanent residence in a third country.",
                "The applicant has an offer of firm resettlement, or permanent residence in a third country, which counts as one.", null));
        out.add(Verdicts.conclusion(s, "REF-SECURITY", "INA §207(c)(3); INA §212(a)(2)(C), (3)(A)-(C), (3)(E)", "REF-SECURITY",
                s.securityConcerns().isEmpty(),
                "Screening found no security concern.",
                "Screening found a security concern that cannot be waived for refugees.", null));
    }

    private static List<Petition> petitions(Screening s) {
        if (!s.isUsRelativesAnswered()) {
            return List.of(Petition.unanswered(s));
        }
        List<Petition> out = new ArrayList<>();
        for (RelativeAnswers r : s.relatives()) {
            if (r.isPetitioner()) {
                out.add(Petition.of(s, r));
            }
        }
        return out.isEmpty() ? List.of(Petition.none(s)) : out;
    }

    private void petition(Screening s, Petition p, List<Conclusion> out) {
        RelativeAnswers r = p.relative();
        String notices = "USCIS, Family Reunification Parole processes";
        out.add(Verdicts.conclusion(p, "FRP-NATIONALITY", "FRP implementation notices (Federal Register, 2023)", "FRP-NATIONALITY",
                Tri.or(Tri.and(r.i130Role().is(PetitionRole.PRINCIPAL), s.nationalities().containsAnyOf(refs.frpNationalities())),
                        Tri.and(r.i130Role().is(PetitionRole.DERIVATIVE), r.principalNationality().isIn(refs.frpNationalities()))),
                "The principal beneficiary's nationality has an FRP process (" + refs.frpNationalities() + ").",
                "The principal beneficiary's nationality has no FRP process (" + refs.frpNationalities() + ").", null));
        Set<String> open = refs.frpOpenNationalities(s.date());
        out.add(Verdicts.conclusion(p, "FRP-PROCESS-OPEN", "FRP implementation notices (Federal Register, 2023); FR Doc 2025-22744",
                "FRP-PROCESS-OPEN",
                Tri.or(Tri.and(r.i130Role().is(PetitionRole.PRINCIPAL), s.nationalities().containsAnyOf(open)),
                        Tri.and(r.i130Role().is(PetitionRole.DERIVATIVE), r.principalNationality().isIn(open))),
                "The FRP process for the principal beneficiary's nationality is open on the evaluation date.",
                "No FRP process for the principal beneficiary's nationality is open on the evaluation date.", null));
        out.add(Verdicts.conclusion(p, "FRP-PETITIONER", notices, "FRP-PETITIONER",
                r.status().isAnyOf(RelativeStatus.US_CITIZEN, RelativeStatus.LPR),
                "The petitioning relative is a U.S. citizen or lawful permanent resident.",
                "The petitioning relative is neither a U.S. citizen nor a lawful permanent resident.", null));
        out.add(Verdicts.conclusion(p, "FRP-I130-APPROVED", notices, "FRP-I130-APPROVED",
                r.i130Status().is(I130Status.APPROVED),
                "The Form I-130 is approved.", "The Form I-130 is not approved.", null));
        out.add(Verdicts.conclusion(p, "FRP-PREFERENCE-CATEGORY", notices, "FRP-PREFERENCE-CATEGORY",
                r.i130Category().isAnyOf(PreferenceCategory.F1, PreferenceCategory.F2A, PreferenceCategory.F2B,
                        PreferenceCategory.F3, PreferenceCategory.F4),
                "The Form I-130 is in a family preference category (F1 to F4).",
                "The Form I-130 is an immediate-relative case, which FRP does not cover.", null));
        out.add(Verdicts.conclusion(p, "FRP-INVITATION", notices, "FRP-INVITATION",
                r.frpInvitation().isTrue(),
                "The petitioning relative received an FRP invitation from the State Department.",
                "The petitioning relative has no FRP invitation; nobody can apply without one.", null));
    }

    private void family(Screening s, List<Conclusion> out) {
        String notices = "USCIS, Family Reunification Parole processes";
        out.add(Verdicts.conclusion(s, "FRP-NO-IMMIGRANT-VISA", notices, "FRP-NO-IMMIGRANT-VISA",
                s.immigrantVisaIssued().isFalse(),
                "No immigrant visa has been issued to the applicant.",
                "An immigrant visa has already been issued to the applicant.", null));
        out.add(Verdicts.conclusion(s, "FRP-PASSPORT", notices, "FRP-PASSPORT",
                s.passportExpiryDate().onOrAfter(s.date()),
                "The passport is valid on the evaluation date.",
                "The passport expired before the evaluation date.", null));
        out.add(Verdicts.conclusion(s, "FRP-NO-IRREGULAR-ENTRY",
                "USCIS, Family Reunification Parole processes (ineligibility after the process start)", "FRP-NO-IRREGULAR-ENTRY",
                Tri.and(s.irregularEntryDates().noneAfter(LocalDate.of(2023, 7, 10)),
                        s.interdictionDates().noneAfter(LocalDate.of(2023, 7, 10))),
                "The applicant has no irregular entry into the United States and no interdiction after 2023-07-10.",
                "The applicant entered the United States irregularly or was interdicted after 2023-07-10.", null));
        out.add(Verdicts.conclusion(s, "FRP-NO-RECENT-REMOVAL", notices, "FRP-NO-RECENT-REMOVAL",
                s.removalOrderDates().noneOnOrAfter(s.date().minusYears(5)),
                "The applicant has no removal order in the five years before the evaluation date.",
                "The applicant has a removal order dated within the five years before the evaluation date.", null));
    }

    private void cam(Screening s, List<Conclusion> out) {
        out.add(Verdicts.conclusion(s, "CAM-PROGRAM-OPEN", "uscis.gov/CAM; EO 14163", "CAM-PROGRAM-OPEN",
                Tri.of(!s.date().isBefore(LocalDate.of(2021, 3, 15)) && !s.date().isAfter(LocalDate.of(2025, 1, 26))),
                "The CAM program accepted cases on the evaluation date (2021-03-15 to 2025-01-26).",
                "The CAM program did not accept cases on the evaluation date (open 2021-03-15 to 2025-01-26).", null));
        out.add(Verdicts.conclusion(s, "CAM-AGE", "INA §101(b)(1); CAM eligibility", "CAM-AGE",
                s.age().lessThan(21),
                "The applicant is under 21 on the evaluation date.",
                "The applicant is 21 or older on the evaluation date.", null));
        out.add(Verdicts.conclusion(s, "CAM-UNMARRIED", "CAM eligibility", "CAM-UNMARRIED",
                Tri.not(s.maritalStatus().is(MaritalStatus.MARRIED)),
                "The applicant is unmarried.", "The applicant is married.", null));
        out.add(Verdicts.conclusion(s, "CAM-IN-COUNTRY", "CAM eligibility", "CAM-IN-COUNTRY",
                Tri.and(s.residenceCountry().isAnyOf("SV", "GT", "HN"), s.residenceCountry().isAmong(s.nationalities())),
                "The applicant is a national living in El Salvador, Guatemala or Honduras.",
                "The applicant is not a national living in El Salvador, Guatemala or Honduras.", null));
        Tri parent = s.isUsRelativesAnswered() ? Tri.notMet() : Tri.unknown("usRelatives");
        for (RelativeAnswers r : s.relatives()) {
            parent = Tri.or(parent, Tri.and(
                    r.relationship().isAnyOf(Relationship.PARENT, Relationship.STEP_PARENT, Relationship.LEGAL_GUARDIAN),
                    r.dateOfBirth().yearsUntil(s.date()).atLeast(18),
                    Tri.or(r.status().isAnyOf(RelativeStatus.LPR, RelativeStatus.TPS, RelativeStatus.PAROLEE,
                                    RelativeStatus.DEFERRED_ACTION, RelativeStatus.DED, RelativeStatus.WITHHOLDING_OF_REMOVAL),
                            Tri.and(r.status().isAnyOf(RelativeStatus.PENDING_ASYLUM, RelativeStatus.PENDING_U_VISA,
                                            RelativeStatus.PENDING_T_VISA),
                                    r.pendingSince().onOrBefore(LocalDate.of(2023, 4, 11))))));
        }
        out.add(Verdicts.conclusion(s, "CAM-QUALIFYING-PARENT", "CAM Federal Register notice of 2023-04-12", "CAM-QUALIFYING-PARENT",
                parent,
                "A parent, step-parent or legal guardian aged 18 or over is in the United States with a qualifying status.",
                "No parent, step-parent or legal guardian aged 18 or over is in the United States with a qualifying status (LPR, TPS, parole, deferred action, DED, withholding of removal, or an asylum, U or T application pending since 2023-04-11 or earlier).",
                null));
    }

    private static List<JobOfferCandidate> offers(Screening s) {
        if (!s.isJobOffersAnswered()) {
            return List.of(JobOfferCandidate.unanswered(s));
        }
        if (s.getOffers().isEmpty()) {
            return List.of(JobOfferCandidate.none(s));
        }
        List<JobOfferCandidate> out = new ArrayList<>();
        for (OfferAnswers o : s.getOffers()) {
            out.add(JobOfferCandidate.of(s, o));
        }
        return out;
    }

    private void offer(JobOfferCandidate c, List<Conclusion> out) {
        OfferAnswers o = c.offer();
        out.add(Verdicts.conclusion(c, "H1B-JOB-OFFER", "INA §101(a)(15)(H)(i)(b)", "H1B-JOB-OFFER",
                Tri.and(o.kind().is(JobKind.SPECIALTY_OCCUPATION), o.usEmployer().isTrue()),
                "The offer is a specialty occupation with a U.S. employer.",
                "The offer is not a specialty occupation with a U.S. employer.", null));
        out.add(Verdicts.conclusion(c, "H1B-CAP", "INA §214(g)(1)(A), (g)(5)", "H1B-CAP",
                Tri.or(o.capExempt().isTrue(), o.capSelected().isTrue()),
                "The petition is exempt from the H-1B cap or was selected in the cap lottery.",
                "The petition is neither cap-exempt nor selected in the cap lottery.", null));
        h2Offer(c, o, "H2A", JobKind.AGRICULTURAL, "agricultural", "INA §101(a)(15)(H)(ii)(a); 8 CFR 214.2(h)(5)",
                "8 CFR 214.2(h)(5)", out);
        h2Offer(c, o, "H2B", JobKind.NON_AGRICULTURAL, "non-agricultural", "INA §101(a)(15)(H)(ii)(b); 8 CFR 214.2(h)(6)",
                "8 CFR 214.2(h)(6)", out);
    }

    private static void h2Offer(Candidate c, OfferAnswers o, String program, JobKind kind, String work, String jobCitation,
                                String certificationCitation, List<Conclusion> out) {
        out.add(Verdicts.conclusion(c, program + "-JOB-OFFER", jobCitation, program + "-JOB-OFFER",
                Tri.and(o.kind().is(kind), o.temporaryNeed().isAnyOf(TemporaryNeed.ONE_TIME, TemporaryNeed.SEASONAL,
                        TemporaryNeed.PEAKLOAD, TemporaryNeed.INTERMITTENT), o.durationMonths().atMost(12)),
                "The offer is " + work + " work for a one-time, seasonal, peak-load or intermittent need of 12 months or less.",
                "The offer is not " + work + " work for a one-time, seasonal, peak-load or intermittent need of 12 months or less.",
                null));
        out.add(Verdicts.conclusion(c, program + "-LABOR-CERTIFICATION", certificationCitation, program + "-LABOR-CERTIFICATION",
                o.laborCertification().is(LaborCertification.PENDING).isMet()
                        ? Tri.undecidable() : o.laborCertification().is(LaborCertification.APPROVED),
                "The employer's temporary labour certification is approved.",
                "The employer has no approved temporary labour certification (none, or denied).",
                "The employer's temporary labour certification is still pending."));
    }

    private void h1bQualification(Screening s, List<Conclusion> out) {
        boolean equivalentReached = s.education().isKnown() && s.experienceYears().isKnown()
                && (s.education().value() == Education.ASSOCIATE ? 2 : 0) + s.experienceYears().value() / 3 >= 4;
        out.add(Verdicts.conclusion(s, "H1B-QUALIFICATION", "INA §214(i)(1); 8 CFR 214.2(h)(4)(iii)(C)-(D) (three-for-one rule)",
                "H1B-QUALIFICATION",
                Tri.or(s.education().isAnyOf(Education.BACHELOR, Education.MASTER, Education.DOCTORATE),
                        Tri.reading(equivalentReached, s.education(), s.experienceYears())),
                "The applicant holds a bachelor's degree or higher, or its equivalent in education and experience (three years of experience for each missing year of study).",
                "The applicant holds no bachelor's degree and education plus experience (three years for each missing year of study) do not reach its four-year equivalent.",
                null));
    }

    private void h2Nationality(Screening s, String program, String citation, List<Conclusion> out) {
        out.add(Verdicts.conclusion(s, program + "-NATIONALITY", citation, program + "-NATIONALITY",
                refs.h2ListInForce(program, s.date())
                        ? s.nationalities().containsAnyOf(refs.h2Countries(program, s.date())) : Tri.undecidable(),
                "A nationality of the applicant is on the " + program + " eligible-countries list in force on the evaluation date.",
                "No nationality of the applicant is on the " + program + " eligible-countries list in force on the evaluation date.",
                "No " + program + " eligible-countries list is in force on the evaluation date."));
    }
}
