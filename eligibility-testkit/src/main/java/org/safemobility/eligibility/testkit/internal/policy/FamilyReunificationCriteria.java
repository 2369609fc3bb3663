package org.safemobility.eligibility.testkit.internal.policy;

import static org.safemobility.eligibility.testkit.internal.policy.Inputs.includesOneOf;
import static org.safemobility.eligibility.testkit.internal.policy.Inputs.isOneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;

/**
 * Section 4, FAMILY_REUNIFICATION_PAROLE: a petition is an entry of {@code usRelatives} with an
 * {@code i130}; the six petition-level criteria are decided per petition, NOT_MET with no petition,
 * UNKNOWN (missing {@code usRelatives}) with the list absent.
 */
final class FamilyReunificationCriteria {

    private final Applicant a;
    private final LocalDate d;
    private final RuleSetTables t;

    private FamilyReunificationCriteria(Applicant a, LocalDate d, RuleSetTables t) {
        this.a = a;
        this.d = d;
        this.t = t;
    }

    /** Every way FRP can be screened: one candidate per petition, or the one stand-in. */
    static List<Candidate> candidates(Applicant a, LocalDate d, RuleSetTables t, Truth access) {
        FamilyReunificationCriteria c = new FamilyReunificationCriteria(a, d, t);
        List<Candidate> out = new ArrayList<>();
        if (a.usRelatives() == null) {
            out.add(c.candidate(-1, access, criterion -> Truth.unknown("usRelatives")));
            return out;
        }
        for (int i = 0; i < a.usRelatives().size(); i++) {
            UsRelative r = a.usRelatives().get(i);
            if (r.i130() != null) {
                Petition petition = new Petition("usRelatives[" + i + "]", r, r.i130());
                out.add(c.candidate(i, access, criterion -> criterion.apply(petition)));
            }
        }
        if (out.isEmpty()) {
            out.add(c.candidate(-1, access, criterion -> Truth.NOT_MET));
        }
        return out;
    }

    private record Petition(String path, UsRelative relative, I130 i130) {
    }

    private Candidate candidate(int index, Truth access, Function<Function<Petition, Truth>, Truth> perPetition) {
        Map<String, Truth> out = new LinkedHashMap<>();
        out.put("SMO-ACCESS", access);
        out.put("FRP-NATIONALITY", perPetition.apply(this::nationality));
        out.put("FRP-PROCESS-OPEN", perPetition.apply(this::processOpen));
        out.put("FRP-PETITIONER", perPetition.apply(this::petitioner));
        out.put("FRP-I130-APPROVED", perPetition.apply(this::i130Approved));
        out.put("FRP-PREFERENCE-CATEGORY", perPetition.apply(this::preferenceCategory));
        out.put("FRP-INVITATION", perPetition.apply(this::invitation));
        out.put("FRP-NO-IMMIGRANT-VISA", noImmigrantVisa());
        out.put("FRP-PASSPORT", passport());
        out.put("FRP-NO-IRREGULAR-ENTRY", noIrregularEntry());
        out.put("FRP-NO-RECENT-REMOVAL", noRecentRemoval());
        return new Candidate(index, out);
    }

    /**
     * The principal nationality is among {@code processes}: the applicant's own {@code nationalities}
     * when {@code i130.role} is PRINCIPAL, {@code i130.principalNationality} when it is DERIVATIVE.
     */
    private Truth principalNationalityIn(Petition p, Set<String> processes) {
        String role = p.path() + ".i130.role";
        return Truth.or(
                Truth.and(Truth.test(role, p.i130().role(), r -> r == PetitionRole.PRINCIPAL),
                        includesOneOf("nationalities", a.nationalities(), processes)),
                Truth.and(Truth.test(role, p.i130().role(), r -> r == PetitionRole.DERIVATIVE),
                        isOneOf(p.path() + ".i130.principalNationality", p.i130().principalNationality(), processes)));
    }

    /** The principal nationality has an FRP process (frp-windows.csv). */
    Truth nationality(Petition p) {
        return principalNationalityIn(p, t.frpNationalities());
    }

    /** D lies in the window of (one of) the principal nationalities (frp-windows.csv). */
    Truth processOpen(Petition p) {
        return principalNationalityIn(p, t.frpOpen(d));
    }

    /** The petitioning relative's {@code status} is one of FRP-PETITIONER-STATUSES. */
    Truth petitioner(Petition p) {
        return isOneOf(p.path() + ".status", p.relative().status(), t.list("FRP-PETITIONER-STATUSES", d));
    }

    /** {@code i130.status} is APPROVED. */
    Truth i130Approved(Petition p) {
        return Truth.test(p.path() + ".i130.status", p.i130().status(), s -> s == I130Status.APPROVED);
    }

    /** {@code i130.category} is one of FRP-PREFERENCE-CATEGORIES. */
    Truth preferenceCategory(Petition p) {
        return isOneOf(p.path() + ".i130.category", p.i130().category(), t.list("FRP-PREFERENCE-CATEGORIES", d));
    }

    /** {@code frpInvitation} of the petitioning relative is true. */
    Truth invitation(Petition p) {
        return Truth.test(p.path() + ".frpInvitation", p.relative().frpInvitation(), invited -> invited);
    }

    /** {@code usHistory.immigrantVisaIssued} is false. */
    Truth noImmigrantVisa() {
        return Truth.test("usHistory.immigrantVisaIssued", Inputs.usHistory(a).immigrantVisaIssued(), issued -> !issued);
    }

    /** {@code passportExpiryDate} is on or after D. */
    Truth passport() {
        return Truth.test("passportExpiryDate", a.passportExpiryDate(), expiry -> !expiry.isBefore(d));
    }

    /**
     * No date in {@code usHistory.irregularEntryDates} or {@code usHistory.interdictionDates} is after
     * FRP-IRREGULAR-ENTRY-CUTOFF.
     */
    Truth noIrregularEntry() {
        LocalDate cutoff = t.date("FRP-IRREGULAR-ENTRY-CUTOFF", d);
        UsHistory h = Inputs.usHistory(a);
        return Truth.and(
                Truth.test("usHistory.irregularEntryDates", h.irregularEntryDates(), dates -> dates.stream().noneMatch(x -> x.isAfter(cutoff))),
                Truth.test("usHistory.interdictionDates", h.interdictionDates(), dates -> dates.stream().noneMatch(x -> x.isAfter(cutoff))));
    }

    /**
     * No date in {@code usHistory.removalOrderDates} is on or after the date FRP-REMOVAL-LOOKBACK-YEARS
     * years before D.
     */
    Truth noRecentRemoval() {
        LocalDate since = d.minusYears(t.number("FRP-REMOVAL-LOOKBACK-YEARS", d));
        return Truth.test("usHistory.removalOrderDates", Inputs.usHistory(a).removalOrderDates(),
                dates -> dates.stream().noneMatch(x -> !x.isBefore(since)));
    }
}
