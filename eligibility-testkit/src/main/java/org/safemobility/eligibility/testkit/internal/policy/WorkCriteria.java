package org.safemobility.eligibility.testkit.internal.policy;

import static org.safemobility.eligibility.testkit.internal.policy.Inputs.isOneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;

/**
 * Sections 6 to 8, H1B, H2A and H2B: the offer-level criteria are decided per entry of
 * {@code employment.jobOffers}, NOT_MET with the list empty, UNKNOWN (missing
 * {@code employment.jobOffers}) with it absent.
 */
final class WorkCriteria {

    private final Applicant a;
    private final LocalDate d;
    private final RuleSetTables t;

    private WorkCriteria(Applicant a, LocalDate d, RuleSetTables t) {
        this.a = a;
        this.d = d;
        this.t = t;
    }

    private record Offer(String path, JobOffer offer) {
    }

    /** Every way {@code pathway} (H1B, H2A or H2B) can be screened: one candidate per offer, or the one stand-in. */
    static List<Candidate> candidates(Pathway pathway, Applicant a, LocalDate d, RuleSetTables t, Truth access) {
        WorkCriteria c = new WorkCriteria(a, d, t);
        List<JobOffer> offers = Inputs.jobOffers(a);
        List<Candidate> out = new ArrayList<>();
        if (offers == null) {
            out.add(c.candidate(pathway, -1, access, criterion -> Truth.unknown("employment.jobOffers")));
        } else if (offers.isEmpty()) {
            out.add(c.candidate(pathway, -1, access, criterion -> Truth.NOT_MET));
        } else {
            for (int i = 0; i < offers.size(); i++) {
                Offer offer = new Offer("employment.jobOffers[" + i + "]", offers.get(i));
                out.add(c.candidate(pathway, i, access, criterion -> criterion.apply(offer)));
            }
        }
        return out;
    }

    private Candidate candidate(Pathway pathway, int index, Truth access, Function<Function<Offer, Truth>, Truth> perOffer) {
        Map<String, Truth> out = new LinkedHashMap<>();
        out.put("SMO-ACCESS", access);
        switch (pathway) {
            case H1B -> {
                out.put("H1B-JOB-OFFER", perOffer.apply(this::h1bJobOffer));
                out.put("H1B-QUALIFICATION", h1bQualification());
                out.put("H1B-CAP", perOffer.apply(this::h1bCap));
            }
            case H2A, H2B -> {
                out.put(pathway + "-JOB-OFFER", perOffer.apply(o -> h2JobOffer(pathway, o)));
                out.put(pathway + "-LABOR-CERTIFICATION", perOffer.apply(this::laborCertification));
                out.put(pathway + "-NATIONALITY", h2Nationality(pathway));
            }
            default -> throw new IllegalArgumentException(pathway + " has no job offers");
        }
        return new Candidate(index, out);
    }

    /** H1B-JOB-OFFER: {@code jobOffer.kind} is one of H1B-JOB-KINDS and {@code jobOffer.usEmployer} is true. */
    Truth h1bJobOffer(Offer o) {
        return Truth.and(
                isOneOf(o.path() + ".kind", o.offer().kind(), t.list("H1B-JOB-KINDS", d)),
                Truth.test(o.path() + ".usEmployer", o.offer().usEmployer(), us -> us));
    }

    /**
     * H1B-QUALIFICATION: {@code employment.education} is one of H1B-DEGREES; or the degree
     * equivalent reaches H1B-DEGREE-YEARS: H1B-ASSOCIATE-YEARS for ASSOCIATE (0 for anything else)
     * plus one year for every full H1B-EXPERIENCE-YEARS-PER-YEAR years of
     * {@code employment.experienceYears}.
     */
    Truth h1bQualification() {
        Employment e = Inputs.employment(a);
        int associate = t.number("H1B-ASSOCIATE-YEARS", d);
        int perYear = t.number("H1B-EXPERIENCE-YEARS-PER-YEAR", d);
        int needed = t.number("H1B-DEGREE-YEARS", d);
        return Truth.or(
                isOneOf("employment.education", e.education(), t.list("H1B-DEGREES", d)),
                Truth.test("employment.education", e.education(), "employment.experienceYears", e.experienceYears(),
                        (education, years) -> (education == Education.ASSOCIATE ? associate : 0) + years / perYear >= needed));
    }

    /** H1B-CAP: {@code jobOffer.capExempt} is true or {@code jobOffer.capSelected} is true. */
    Truth h1bCap(Offer o) {
        return Truth.or(
                Truth.test(o.path() + ".capExempt", o.offer().capExempt(), exempt -> exempt),
                Truth.test(o.path() + ".capSelected", o.offer().capSelected(), selected -> selected));
    }

    /**
     * H2A-JOB-OFFER, H2B-JOB-OFFER: {@code jobOffer.kind} is one of H2A-JOB-KINDS (H2B-JOB-KINDS),
     * {@code temporaryNeed} one of H2-TEMPORARY-NEEDS, and {@code durationMonths} at most
     * H2-MAX-DURATION-MONTHS.
     */
    Truth h2JobOffer(Pathway pathway, Offer o) {
        int max = t.number("H2-MAX-DURATION-MONTHS", d);
        return Truth.and(
                isOneOf(o.path() + ".kind", o.offer().kind(), t.list(pathway + "-JOB-KINDS", d)),
                isOneOf(o.path() + ".temporaryNeed", o.offer().temporaryNeed(), t.list("H2-TEMPORARY-NEEDS", d)),
                Truth.test(o.path() + ".durationMonths", o.offer().durationMonths(), months -> months <= max));
    }

    /**
     * H2A-LABOR-CERTIFICATION, H2B-LABOR-CERTIFICATION: {@code jobOffer.laborCertification} is APPROVED;
     * PENDING is UNKNOWN with nothing missing.
     */
    Truth laborCertification(Offer o) {
        if (o.offer().laborCertification() == LaborCertification.PENDING) {
            return Truth.UNDECIDABLE;
        }
        return Truth.test(o.path() + ".laborCertification", o.offer().laborCertification(), c -> c == LaborCertification.APPROVED);
    }

    /**
     * H2A-NATIONALITY, H2B-NATIONALITY: some nationality is on the program's list in force on D; with
     * no list in force, UNKNOWN with nothing missing.
     */
    Truth h2Nationality(Pathway pathway) {
        if (!t.h2ListInForce(pathway.name(), d)) {
            return Truth.UNDECIDABLE;
        }
        return Inputs.includesOneOf("nationalities", a.nationalities(), t.h2Countries(pathway.name(), d));
    }
}
