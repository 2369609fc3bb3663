package org.safemobility.eligibility.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.UnsupportedLanguageException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.facts.Candidate;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.JobOfferCandidate;
import org.safemobility.eligibility.facts.OfferAnswers;
import org.safemobility.eligibility.facts.Petition;
import org.safemobility.eligibility.facts.Reason;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.facts.RelativeAnswers;
import org.safemobility.eligibility.facts.RuleLabel;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.facts.Tri;
import org.safemobility.eligibility.facts.ValueList;
import org.safemobility.eligibility.facts.Verdicts;
import org.safemobility.eligibility.internal.ApplicantValidator;
import org.safemobility.eligibility.internal.EngineAccess;
import org.safemobility.eligibility.internal.Messages;
import org.safemobility.eligibility.internal.ReportAssembler;
import org.safemobility.eligibility.internal.RuleSet;
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
 * The plain-Java floor: the same policy hand-written as if/else over the same fact model and the
 * same reference data, each criterion labelled as its rule is (criterion, citation, rule name,
 * {@code @reason}) and handing over the same reason facts, assembled and worded by the engine's own
 * report assembler and message catalogs. It exists only to measure what the rule engine costs;
 * {@code FloorEqualityTest} proves it gives reports equal to the engine's. It is not part of the
 * library.
 */
public final class PlainJavaScreening {

    private static final String FRP_NOTICES = "USCIS, Family Reunification Parole processes";

    private final ReferenceData refs;
    private final ReportAssembler assembler;
    private final Map<String, Messages> catalogs;

    /** The floor over the bundled rule set's reference tables, layout and message catalogs. */
    public PlainJavaScreening() {
        RuleSet rules = EngineAccess.ruleSet(EligibilityEngine.builder().build());
        this.refs = rules.reference();
        this.assembler = new ReportAssembler(rules.catalog(), rules.version());
        this.catalogs = rules.messages();
    }

    /** The report in English, as {@link EligibilityEngine#evaluate(Applicant, LocalDate)} gives it. */
    public EligibilityReport evaluate(Applicant applicant, LocalDate asOf) {
        return evaluate(applicant, asOf, Locale.ENGLISH);
    }

    /** The report in {@code language}, as {@link EligibilityEngine#evaluate(Applicant, LocalDate, Locale)} gives it. */
    public EligibilityReport evaluate(Applicant applicant, LocalDate asOf, Locale language) {
        return evaluate(applicant, asOf, words(language));
    }

    public List<EligibilityReport> evaluateAll(List<Applicant> applicants, LocalDate asOf) {
        Messages words = words(Locale.ENGLISH);
        List<EligibilityReport> out = new ArrayList<>(applicants.size());
        for (Applicant a : applicants) {
            out.add(evaluate(a, asOf, words));
        }
        return out;
    }

    private EligibilityReport evaluate(Applicant applicant, LocalDate asOf, Messages words) {
        LocalDate d = applicant.applicationDate() != null ? applicant.applicationDate() : asOf;
        List<Violation> violations = ApplicantValidator.validate(applicant, d);
        if (!violations.isEmpty()) {
            throw new InvalidApplicantException(null, violations);
        }
        Screening s = new Screening(applicant, d);
        return assembler.assemble(s, conclusions(s), words);
    }

    private Messages words(Locale language) {
        Messages words = catalogs.get(language.getLanguage());
        if (words == null) {
            throw new UnsupportedLanguageException(language.toLanguageTag(), catalogs.keySet());
        }
        return words;
    }

    List<Conclusion> conclusions(Screening s) {
        List<Conclusion> out = new ArrayList<>(48);
        access(s, out);
        List<Tri> access = new ArrayList<>();
        out.forEach(c -> access.add(c.value()));
        out.add(Verdicts.conclusion(s, label("SMO-ACCESS", "Screening policy §1 and §2: program access at the Safe Mobility Office"),
                Tri.and(access), Reason.none()));
        refugee(s, out);
        for (Petition p : petitions(s)) {
            petition(s, p, out);
        }
        family(s, out);
        cam(s, out);
        for (JobOfferCandidate o : offers(s)) {
            offer(s, o, out);
        }
        h1bQualification(s, out);
        h2Nationality(s, "H2A", "8 CFR 214.2(h)(5)(i)(F)", out);
        h2Nationality(s, "H2B", "8 CFR 214.2(h)(6)(i)(E)", out);
        return out;
    }

    /** The label of a rule named after its criterion, whose reasons are the criterion's own. */
    private static RuleLabel label(String criterion, String citation) {
        return new RuleLabel(criterion, citation, criterion);
    }

    private void access(Screening s, List<Conclusion> out) {
        LocalDate d = s.date();
        out.add(Verdicts.conclusion(s, label("ACC-OFFICE-OPEN",
                        "U.S.-Guatemala launch notice (2023-06-12); movilidadsegura.org country pages; cancilleria.gov.co; EO 14163, 90 FR 8459"),
                Tri.of(refs.officeOpen(s.office(), d)), Reason.none()));
        int adult = refs.number("ADULT-AGE", d);
        out.add(Verdicts.conclusion(s, label("ACC-AGE",
                        "SMO registration rules (adults register; minors are family members on an adult's case)"),
                s.age().atLeast(adult), Reason.of("age", s.age()).and("adultAge", adult)));
        if (s.office() == Office.GT) {
            ValueList<String> ca4 = refs.list("CA-4-COUNTRIES", d);
            out.add(Verdicts.conclusion(s, label("ACC-C4-RESIDENCY",
                            "CA-4 Free Mobility Agreement (2006); Guatemala office launch notice (2023-06-12)"),
                    Tri.and(s.residenceCountry().isIn(ca4),
                            Tri.or(s.residenceCountry().isAmong(s.nationalities()),
                                    s.residenceStatus().isIn(refs.<ResidenceStatus>list("CA-4-RESIDENT-STATUSES", d)))),
                    Reason.of("countries", ca4).and("residence", s.residenceCountry())));
            return;
        }
        out.add(Verdicts.conclusion(s, label("ACC-HOST-RESIDENCE", "movilidadsegura.org country pages (Costa Rica, Colombia, Ecuador)"),
                s.residenceCountry().is(s.office().name()), Reason.of("residence", s.residenceCountry())));
        Set<String> served = refs.servedNationalities(s.office(), d);
        Reason nationality = Reason.of("nationalities", s.nationalities()).and("served", served);
        if (s.office() == Office.CR) {
            out.add(Verdicts.conclusion(s, new RuleLabel("ACC-NATIONALITY", "movilidadsegura.org, Costa Rica",
                            "ACC-NATIONALITY (CR)", "ACC-NATIONALITY.CR"),
                    s.nationalities().containsAnyOf(served), nationality));
        } else {
            out.add(Verdicts.conclusion(s, new RuleLabel("ACC-NATIONALITY", "movilidadsegura.org, Colombia and Ecuador",
                            "ACC-NATIONALITY (CO, EC)", "ACC-NATIONALITY.CO-EC"),
                    Tri.and(s.nationalities().containsAnyOf(served), Tri.not(s.nationalities().contains(s.office().name()))),
                    nationality));
        }
        LocalDate cutoff = refs.arrivalCutoff(s.office());
        out.add(Verdicts.conclusion(s, label("ACC-ARRIVAL-CUTOFF", "movilidadsegura.org country pages (Costa Rica, Colombia, Ecuador)"),
                s.arrivalDate().onOrBefore(cutoff), Reason.of("arrival", s.arrivalDate()).and("cutoff", cutoff)));
        switch (s.office()) {
            case CR -> {
                ValueList<ResidenceStatus> statuses = refs.list("CR-HOST-STATUSES", d);
                out.add(Verdicts.conclusion(s, new RuleLabel("ACC-HOST-STATUS", "movilidadsegura.org, Costa Rica",
                                "ACC-HOST-STATUS (CR)", "ACC-HOST-STATUS.CR"),
                        s.residenceStatus().isIn(statuses),
                        Reason.of("status", s.residenceStatus()).and("statuses", statuses)));
            }
            case CO -> {
                ValueList<ResidenceStatus> statuses = refs.list("CO-HOST-STATUSES", d);
                out.add(Verdicts.conclusion(s, new RuleLabel("ACC-HOST-STATUS", "movilidadsegura.org, Colombia",
                                "ACC-HOST-STATUS (CO)", "ACC-HOST-STATUS.CO"),
                        s.residenceStatus().isIn(statuses),
                        Reason.of("status", s.residenceStatus()).and("statuses", statuses)));
            }
            default -> {
                LocalDate registered = refs.date("EC-ASYLUM-REGISTRATION-CUTOFF", d);
                out.add(Verdicts.conclusion(s, new RuleLabel("ACC-HOST-STATUS", "movilidadsegura.org, Ecuador",
                                "ACC-HOST-STATUS (EC)", "ACC-HOST-STATUS.EC"),
                        Tri.or(s.appliedForRegularization().isTrue(),
                                Tri.and(s.residenceStatus().isIn(refs.<ResidenceStatus>list("EC-ASYLUM-STATUSES", d)),
                                        s.asylumRegistrationDate().onOrBefore(registered))),
                        Reason.of("cutoff", registered)));
            }
        }
    }

    private void refugee(Screening s, List<Conclusion> out) {
        LocalDate d = s.date();
        out.add(Verdicts.conclusion(s, label("REF-PROGRAM-OPEN", "EO 14163, 90 FR 8459"),
                Tri.of(refs.programOpen("REFUGEE_RESETTLEMENT", d)),
                Reason.of("lastDay", refs.programWindow("REFUGEE_RESETTLEMENT").lastDay())));
        out.add(Verdicts.conclusion(s, label("REF-PERSECUTION", "INA §101(a)(42)"),
                Tri.or(s.pastPersecution().isTrue(), s.fearOfPersecution().isTrue()), Reason.none()));
        ValueList<ProtectionGround> grounds = refs.list("PROTECTED-GROUNDS", d);
        out.add(Verdicts.conclusion(s, label("REF-NEXUS", "INA §101(a)(42)"),
                s.protectionGrounds().containsAnyOf(grounds),
                Reason.of("grounds", s.protectionGrounds()).and("protected", grounds)));
        ValueList<String> inCountry = refs.list("IN-COUNTRY-PROCESSING", d);
        out.add(Verdicts.conclusion(s, label("REF-LOCATION",
                        "INA §101(a)(42)(A)-(B); FY2024 and FY2025 Presidential Determinations (in-country processing)"),
                Tri.or(Tri.not(s.residenceCountry().isAmong(s.nationalities())), s.residenceCountry().isIn(inCountry)),
                Reason.of("inCountry", inCountry).and("residence", s.residenceCountry())));
        out.add(Verdicts.conclusion(s, label("REF-NOT-PERSECUTOR", "INA §101(a)(42) (persecutor bar)"),
                s.participatedInPersecution().isFalse(), Reason.none()));
        out.add(Verdicts.conclusion(s, label("REF-NOT-FIRMLY-RESETTLED", "INA §207(c)(1); 8 CFR 207.1"),
                Tri.and(s.firmResettlementOffer().isFalse(), Tri.not(Tri.and(
                        s.residenceStatus().is(ResidenceStatus.PERMANENT_RESIDENT),
                        Tri.not(s.residenceCountry().isAmong(s.nationalities()))))),
                Reason.none()));
        out.add(Verdicts.conclusion(s, label("REF-SECURITY", "INA §207(c)(3); INA §212(a)(2)(C), (3)(A)-(C), (3)(E)"),
                s.securityConcerns().isEmpty(), Reason.none()));
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
        LocalDate d = s.date();
        Set<String> frp = refs.frpNationalities();
        out.add(Verdicts.conclusion(p, label("FRP-NATIONALITY", "FRP implementation notices (Federal Register, 2023)"),
                Tri.or(Tri.and(r.i130Role().is(PetitionRole.PRINCIPAL), s.nationalities().containsAnyOf(frp)),
                        Tri.and(r.i130Role().is(PetitionRole.DERIVATIVE), r.principalNationality().isIn(frp))),
                Reason.of("countries", frp)));
        Set<String> open = refs.frpOpenNationalities(d);
        out.add(Verdicts.conclusion(p, label("FRP-PROCESS-OPEN",
                        "FRP implementation notices (Federal Register, 2023); FR Doc 2025-22744"),
                Tri.or(Tri.and(r.i130Role().is(PetitionRole.PRINCIPAL), s.nationalities().containsAnyOf(open)),
                        Tri.and(r.i130Role().is(PetitionRole.DERIVATIVE), r.principalNationality().isIn(open))),
                Reason.none()));
        out.add(Verdicts.conclusion(p, label("FRP-PETITIONER", FRP_NOTICES),
                r.status().isIn(refs.<RelativeStatus>list("FRP-PETITIONER-STATUSES", d)),
                Reason.of("status", r.status())));
        out.add(Verdicts.conclusion(p, label("FRP-I130-APPROVED", FRP_NOTICES),
                r.i130Status().is(I130Status.APPROVED), Reason.of("status", r.i130Status())));
        out.add(Verdicts.conclusion(p, label("FRP-PREFERENCE-CATEGORY", FRP_NOTICES),
                r.i130Category().isIn(refs.<PreferenceCategory>list("FRP-PREFERENCE-CATEGORIES", d)),
                Reason.of("category", r.i130Category())));
        out.add(Verdicts.conclusion(p, label("FRP-INVITATION", FRP_NOTICES),
                r.frpInvitation().isTrue(), Reason.none()));
    }

    private void family(Screening s, List<Conclusion> out) {
        LocalDate d = s.date();
        out.add(Verdicts.conclusion(s, label("FRP-NO-IMMIGRANT-VISA", FRP_NOTICES),
                s.immigrantVisaIssued().isFalse(), Reason.none()));
        out.add(Verdicts.conclusion(s, label("FRP-PASSPORT", FRP_NOTICES),
                s.passportExpiryDate().onOrAfter(d), Reason.of("expiry", s.passportExpiryDate())));
        LocalDate cutoff = refs.date("FRP-IRREGULAR-ENTRY-CUTOFF", d);
        out.add(Verdicts.conclusion(s, label("FRP-NO-IRREGULAR-ENTRY",
                        "USCIS, Family Reunification Parole processes (ineligibility after the process start)"),
                Tri.and(s.irregularEntryDates().noneAfter(cutoff), s.interdictionDates().noneAfter(cutoff)),
                Reason.of("cutoff", cutoff)));
        int years = refs.number("FRP-REMOVAL-LOOKBACK-YEARS", d);
        out.add(Verdicts.conclusion(s, label("FRP-NO-RECENT-REMOVAL", FRP_NOTICES),
                s.removalOrderDates().noneOnOrAfter(d.minusYears(years)), Reason.of("years", years)));
    }

    private void cam(Screening s, List<Conclusion> out) {
        LocalDate d = s.date();
        ReferenceData.ProgramWindowRow window = refs.programWindow("CENTRAL_AMERICAN_MINORS");
        out.add(Verdicts.conclusion(s, label("CAM-PROGRAM-OPEN", "uscis.gov/CAM; EO 14163"),
                Tri.of(refs.programOpen("CENTRAL_AMERICAN_MINORS", d)),
                Reason.of("opens", window.opens()).and("lastDay", window.lastDay())));
        int limit = refs.number("CAM-AGE-LIMIT", d);
        out.add(Verdicts.conclusion(s, label("CAM-AGE", "INA §101(b)(1); CAM eligibility"),
                s.age().lessThan(limit), Reason.of("age", s.age()).and("limit", limit)));
        out.add(Verdicts.conclusion(s, label("CAM-UNMARRIED", "CAM eligibility"),
                Tri.not(s.maritalStatus().is(MaritalStatus.MARRIED)), Reason.none()));
        ValueList<String> countries = refs.list("CAM-COUNTRIES", d);
        out.add(Verdicts.conclusion(s, label("CAM-IN-COUNTRY", "CAM eligibility"),
                Tri.and(s.residenceCountry().isIn(countries), s.residenceCountry().isAmong(s.nationalities())),
                Reason.of("countries", countries).and("residence", s.residenceCountry())));
        ValueList<Relationship> parents = refs.list("CAM-PARENT-RELATIONSHIPS", d);
        int adult = refs.number("CAM-PARENT-MIN-AGE", d);
        ValueList<RelativeStatus> qualifying = refs.list("CAM-PARENT-STATUSES", d);
        ValueList<RelativeStatus> pending = refs.list("CAM-PENDING-STATUSES", d);
        LocalDate pendingCutoff = refs.date("CAM-PENDING-CUTOFF", d);
        Tri parent = s.isUsRelativesAnswered() ? Tri.notMet() : Tri.unknown("usRelatives");
        for (RelativeAnswers r : s.relatives()) {
            parent = Tri.or(parent, Tri.and(
                    r.relationship().isIn(parents),
                    r.dateOfBirth().yearsUntil(d).atLeast(adult),
                    Tri.or(r.status().isIn(qualifying),
                            Tri.and(r.status().isIn(pending), r.pendingSince().onOrBefore(pendingCutoff)))));
        }
        out.add(Verdicts.conclusion(s, label("CAM-QUALIFYING-PARENT", "CAM Federal Register notice of 2023-04-12"), parent,
                Reason.of("adultAge", adult).and("statuses", qualifying).and("pending", pending)
                        .and("pendingCutoff", pendingCutoff)));
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

    private void offer(Screening s, JobOfferCandidate c, List<Conclusion> out) {
        OfferAnswers o = c.offer();
        LocalDate d = s.date();
        out.add(Verdicts.conclusion(c, label("H1B-JOB-OFFER", "INA §101(a)(15)(H)(i)(b)"),
                Tri.and(o.kind().isIn(refs.<JobKind>list("H1B-JOB-KINDS", d)), o.usEmployer().isTrue()), Reason.none()));
        out.add(Verdicts.conclusion(c, label("H1B-CAP", "INA §214(g)(1)(A), (g)(5)"),
                Tri.or(o.capExempt().isTrue(), o.capSelected().isTrue()), Reason.none()));
        h2Offer(s, c, o, "H2A", "INA §101(a)(15)(H)(ii)(a); 8 CFR 214.2(h)(5)", "8 CFR 214.2(h)(5)", out);
        h2Offer(s, c, o, "H2B", "INA §101(a)(15)(H)(ii)(b); 8 CFR 214.2(h)(6)", "8 CFR 214.2(h)(6)", out);
    }

    private void h2Offer(Screening s, Candidate c, OfferAnswers o, String program, String jobCitation,
                         String certificationCitation, List<Conclusion> out) {
        LocalDate d = s.date();
        int maxMonths = refs.number("H2-MAX-DURATION-MONTHS", d);
        out.add(Verdicts.conclusion(c, label(program + "-JOB-OFFER", jobCitation),
                Tri.and(o.kind().isIn(refs.<JobKind>list(program + "-JOB-KINDS", d)),
                        o.temporaryNeed().isIn(refs.<TemporaryNeed>list("H2-TEMPORARY-NEEDS", d)),
                        o.durationMonths().atMost(maxMonths)),
                Reason.of("maxMonths", maxMonths)));
        // PENDING cannot be settled by anything the applicant adds: UNKNOWN with nothing missing
        out.add(Verdicts.conclusion(c, label(program + "-LABOR-CERTIFICATION", certificationCitation),
                o.laborCertification().is(LaborCertification.PENDING).isMet()
                        ? Tri.undecidable() : o.laborCertification().is(LaborCertification.APPROVED),
                Reason.none()));
    }

    private void h1bQualification(Screening s, List<Conclusion> out) {
        LocalDate d = s.date();
        int yearsPerYear = refs.number("H1B-EXPERIENCE-YEARS-PER-YEAR", d);
        int degreeYears = refs.number("H1B-DEGREE-YEARS", d);
        boolean equivalentReached = s.education().isKnown() && s.experienceYears().isKnown()
                && (s.education().value() == Education.ASSOCIATE ? refs.number("H1B-ASSOCIATE-YEARS", d) : 0)
                        + s.experienceYears().value() / yearsPerYear >= degreeYears;
        out.add(Verdicts.conclusion(s, label("H1B-QUALIFICATION",
                        "INA §214(i)(1); 8 CFR 214.2(h)(4)(iii)(C)-(D) (three-for-one rule)"),
                Tri.or(s.education().isIn(refs.<Education>list("H1B-DEGREES", d)),
                        Tri.reading(equivalentReached, s.education(), s.experienceYears())),
                Reason.of("education", s.education()).and("yearsPerYear", yearsPerYear).and("degreeYears", degreeYears)));
    }

    private void h2Nationality(Screening s, String program, String citation, List<Conclusion> out) {
        // with no list in force on D nothing the applicant adds can settle it: UNKNOWN, nothing missing
        out.add(Verdicts.conclusion(s, label(program + "-NATIONALITY", citation),
                refs.h2ListInForce(program, s.date())
                        ? s.nationalities().containsAnyOf(refs.h2Countries(program, s.date())) : Tri.undecidable(),
                Reason.of("nationalities", s.nationalities())));
    }
}
