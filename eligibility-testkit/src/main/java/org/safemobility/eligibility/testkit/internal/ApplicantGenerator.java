package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
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
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.SecurityConcern;
import org.safemobility.eligibility.model.TemporaryNeed;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.testkit.internal.Draft.Frame;

/**
 * Builds the arbitraries behind {@code ApplicantArbitrary}.
 *
 * <p>Every choice is an independent arbitrary, so jqwik shrinks each on its own; answers that
 * depend on the office, the evaluation date or the nationalities are generated as {@link Draft}s
 * and finished last. Most choices are <em>aimed</em>: an alternative that matters to the policy
 * (the office's country, a served nationality, an accepted status, a date on the right side of a
 * cut-off, an approved petition) against anything the contract allows. The aimed alternative is
 * listed first, which is where jqwik shrinks to.
 *
 * <p>Each applicant is drawn from one of a few {@link Profile}s: how many answers are absent and
 * how strongly the choices are aimed. A mix keeps both sides of every criterion common: focused,
 * nearly complete applicants reach ELIGIBLE on every pathway, gappy ones exercise UNKNOWN and
 * missing information.
 */
public final class ApplicantGenerator {

    /** Countries the generator draws from: those the policy names, and a few it does not. */
    public static final List<String> COUNTRIES =
            List.of("GT", "SV", "HN", "NI", "CR", "CO", "EC", "VE", "CU", "HT", "MX", "PY", "BO", "BZ", "US");

    private static final List<String> POLICY_COUNTRIES =
            List.of("GT", "SV", "HN", "NI", "CR", "CO", "EC", "VE", "CU", "HT");

    /**
     * How an applicant is drawn.
     *
     * @param weight how often this profile is used, relative to the others
     * @param absent the chance of each answer being absent
     * @param aim    how many times likelier an aimed alternative is than a free one
     */
    record Profile(int weight, double absent, int aim) {
    }

    private static final List<Profile> PARTIAL = List.of(
            new Profile(3, 0.02, 9), new Profile(3, 0.1, 3), new Profile(2, 0.25, 3), new Profile(1, 0.6, 2));
    private static final List<Profile> COMPLETE = List.of(new Profile(1, 0, 9), new Profile(2, 0, 3));

    private final GeneratorSettings settings;
    private final Profile profile;

    public ApplicantGenerator(GeneratorSettings settings) {
        this(settings, new Profile(1, settings.complete() ? 0
                : settings.absentProbability() == null ? 0.2 : settings.absentProbability(), 3));
    }

    private ApplicantGenerator(GeneratorSettings settings, Profile profile) {
        this.settings = settings;
        this.profile = profile;
    }

    // --- applicants ---------------------------------------------------------------------------

    /**
     * Applicants from the settings' profiles. jqwik's own edge cases are left out: the generator
     * aims at the policy's edges itself, and jqwik's (the first value of every choice at once,
     * everything absent) would otherwise make up a large share of the tries.
     */
    public Arbitrary<Applicant> applicants() {
        List<Profile> profiles = settings.complete() ? COMPLETE
                : settings.absentProbability() == null ? PARTIAL
                : List.of(new Profile(1, settings.absentProbability(), 9), new Profile(2, settings.absentProbability(), 3));
        List<Tuple2<Integer, Arbitrary<Applicant>>> mix = new ArrayList<>();
        for (Profile p : profiles) {
            mix.add(Tuple.of(p.weight(), new ApplicantGenerator(settings, p).tree()));
        }
        return Arbitraries.frequencyOf(mix).withoutEdgeCases();
    }

    private Arbitrary<Applicant> tree() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').ofLength(6).map(s -> "synthetic-" + s);
        Arbitrary<Draft<LocalDate>> birth = settings.ageBand() ? birthDates() : maybe(birthDates());
        Arbitrary<MaritalStatus> marital = aimed(Arbitraries.of(MaritalStatus.SINGLE, MaritalStatus.DIVORCED,
                MaritalStatus.WIDOWED), Arbitraries.of(MaritalStatus.class));
        Arbitrary<Head> head = Combinators.combine(id, Arbitraries.of(settings.offices()), evaluationDates(), birth,
                        nationalities(), maybe(marital))
                .as(Head::new);
        Arbitrary<Tail> tail = Combinators.combine(maybe(residenceDrafts()), maybe(protections()),
                        maybe(passportExpiryDates()), maybe(fewOrNone(relativeDrafts())),
                        maybe(historyDrafts()), maybe(employments()))
                .as(Tail::new);
        return Combinators.combine(head, tail).as(ApplicantGenerator::assemble);
    }

    private record Head(String id, Office office, LocalDate date, Draft<LocalDate> birth,
                        Draft<List<String>> nationalities, MaritalStatus marital) {
    }

    private record Tail(Draft<Residence> residence, Protection protection, Draft<LocalDate> passport,
                        List<Draft<UsRelative>> relatives, Draft<UsHistory> history, Employment employment) {
    }

    private static Applicant assemble(Head h, Tail t) {
        Frame frame = new Frame(h.office(), h.date(), null);
        List<String> nationalities = Draft.finish(h.nationalities(), frame);
        frame = frame.withNationalities(nationalities);
        List<UsRelative> relatives = null;
        if (t.relatives() != null) {
            relatives = new ArrayList<>();
            for (Draft<UsRelative> r : t.relatives()) {
                relatives.add(r.finish(frame));
            }
        }
        return new Applicant(h.id(), h.office(), h.date(), Draft.finish(h.birth(), frame), nationalities, h.marital(),
                Draft.finish(t.residence(), frame), t.protection(), Draft.finish(t.passport(), frame), relatives,
                Draft.finish(t.history(), frame), t.employment());
    }

    // --- the evaluation date and the applicant's own answers ------------------------------------

    /** Mostly inside the offices' registration window, often next to a policy date, else anywhere in range. */
    Arbitrary<LocalDate> evaluationDates() {
        LocalDate first = settings.firstDate();
        LocalDate last = settings.lastDate();
        List<Tuple2<Integer, Arbitrary<LocalDate>>> options = new ArrayList<>();
        LocalDate opens = settings.offices().stream().map(PolicyTables.OFFICE_OPENS::get).min(LocalDate::compareTo).orElseThrow();
        LocalDate windowFirst = max(first, opens);
        LocalDate windowLast = min(last, PolicyTables.OFFICES_LAST_DAY);
        if (!windowFirst.isAfter(windowLast)) {
            options.add(Tuple.of(2 * profile.aim(), dates(windowFirst, windowLast)));
        }
        options.add(Tuple.of(3, dates(first, last)));
        List<LocalDate> near = new ArrayList<>();
        for (LocalDate b : PolicyTables.BOUNDARIES) {
            for (int d = -1; d <= 1; d++) {
                LocalDate candidate = b.plusDays(d);
                if (!candidate.isBefore(first) && !candidate.isAfter(last) && !near.contains(candidate)) {
                    near.add(candidate);
                }
            }
        }
        if (!near.isEmpty()) {
            options.add(Tuple.of(2, Arbitraries.of(near)));
        }
        return Arbitraries.frequencyOf(options);
    }

    /** Whole years before D, then up to 364 more days, so the age on D is exactly the years drawn. */
    Arbitrary<Draft<LocalDate>> birthDates() {
        Arbitrary<Integer> years = settings.ageBand()
                ? Arbitraries.integers().between(settings.minAge(), settings.maxAge())
                : Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.integers().between(18, 65)),
                        Tuple.of(3, Arbitraries.of(18, 17, 20, 21, 16, 19)),
                        Tuple.of(1, Arbitraries.integers().between(0, 90)));
        return Combinators.combine(years, Arbitraries.integers().between(0, 364))
                .as((y, days) -> draft(frame -> frame.date().minusYears(y).minusDays(days)));
    }

    Arbitrary<Draft<List<String>>> nationalities() {
        Arbitrary<Draft<String>> one;
        if (settings.nationalityPool() != null) {
            one = Arbitraries.of(settings.nationalityPool()).map(Draft::of);
        } else {
            one = Arbitraries.frequencyOf(
                    Tuple.of(2 * profile.aim(), Arbitraries.integers().between(0, 4)
                            .map(i -> draft(frame -> pick(PolicyTables.SERVED.get(frame.office()), i)))),
                    Tuple.of(2, Arbitraries.of(POLICY_COUNTRIES).map(Draft::of)),
                    Tuple.of(1, Arbitraries.of(COUNTRIES).map(Draft::of)));
        }
        boolean constrained = settings.nationalityPool() != null;
        Arbitrary<List<Draft<String>>> drafts = constrained ? one.list().ofMinSize(1).ofMaxSize(2)
                : Arbitraries.frequencyOf(Tuple.of(5, one.list().ofSize(1)), Tuple.of(2, one.list().ofSize(2)),
                        Tuple.of(1, Arbitraries.just(List.<Draft<String>>of())));
        Arbitrary<Draft<List<String>>> lists = drafts
                .map(ds -> draft(frame -> ds.stream().map(d -> d.finish(frame)).distinct().toList()));
        return constrained ? lists : maybe(lists);
    }

    Arbitrary<Draft<LocalDate>> passportExpiryDates() {
        return aimed(Arbitraries.integers().between(0, 8 * 365).map(days -> draft(frame -> frame.date().plusDays(days))),
                Arbitraries.integers().between(1, 2 * 365).map(days -> draft(frame -> frame.date().minusDays(days))));
    }

    // --- residence ----------------------------------------------------------------------------

    public Arbitrary<Draft<Residence>> residenceDrafts() {
        Arbitrary<Draft<String>> country = Arbitraries.frequencyOf(
                Tuple.of(2 * profile.aim(), Arbitraries.integers().between(0, 3).map(i -> draft(frame -> hostCountry(frame.office(), i)))),
                Tuple.of(profile.aim(), Arbitraries.integers().between(0, 1).map(i -> draft(frame -> frame.nationalities() == null
                        || frame.nationalities().isEmpty() ? hostCountry(frame.office(), i)
                        : pick(frame.nationalities(), i)))),
                Tuple.of(1, Arbitraries.of("GT", "SV", "HN").map(Draft::of)),
                Tuple.of(1, Arbitraries.of(COUNTRIES).map(Draft::of)));
        Arbitrary<Draft<ResidenceStatus>> status = aimed(
                Arbitraries.integers().between(0, 2).map(i -> draft(frame -> pick(PolicyTables.HOST_STATUSES.get(frame.office()), i))),
                Arbitraries.of(ResidenceStatus.class).map(Draft::of));
        Arbitrary<Draft<LocalDate>> arrival = Arbitraries.frequencyOf(
                Tuple.of(4, daysBeforeD(0, 6 * 365)),
                Tuple.of(1, Arbitraries.integers().between(-1, 1).map(days -> draft(frame -> {
                    LocalDate cutoff = PolicyTables.ARRIVAL_CUTOFF.getOrDefault(frame.office(), PolicyTables.OFFICE_OPENS.get(frame.office()));
                    return min(cutoff.plusDays(days), frame.date());
                }))));
        Arbitrary<Draft<LocalDate>> asylumRegistration = Arbitraries.frequencyOf(
                Tuple.of(3, daysBeforeD(0, 4 * 365)),
                Tuple.of(1, Arbitraries.integers().between(-1, 1).map(days -> draft(frame ->
                        min(PolicyTables.EC_ASYLUM_REGISTRATION_CUTOFF.plusDays(days), frame.date())))));
        return Combinators.combine(maybe(country), maybe(status), maybe(arrival), maybe(asylumRegistration),
                        maybe(Arbitraries.of(true, false)))
                .as((c, s, a, r, applied) -> draft(frame -> new Residence(Draft.finish(c, frame), Draft.finish(s, frame),
                        Draft.finish(a, frame), Draft.finish(r, frame), applied)));
    }

    // --- protection ---------------------------------------------------------------------------

    public Arbitrary<Protection> protections() {
        Arbitrary<List<ProtectionGround>> grounds = aimed(
                Arbitraries.of(ProtectionGround.POLITICAL_OPINION, ProtectionGround.RELIGION, ProtectionGround.RACE,
                        ProtectionGround.NATIONALITY, ProtectionGround.PARTICULAR_SOCIAL_GROUP).list().uniqueElements().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(ProtectionGround.class).list().uniqueElements().ofMaxSize(2));
        Arbitrary<List<SecurityConcern>> concerns = aimed(
                Arbitraries.just(List.<SecurityConcern>of()),
                Arbitraries.of(SecurityConcern.class).list().uniqueElements().ofMinSize(1).ofMaxSize(2));
        return Combinators.combine(maybe(aimed(true)), maybe(Arbitraries.of(true, false)), maybe(grounds),
                        maybe(aimed(false)), maybe(aimed(false)), maybe(concerns))
                .as(Protection::new);
    }

    // --- relatives and petitions ----------------------------------------------------------------

    public Arbitrary<Draft<UsRelative>> relativeDrafts() {
        Arbitrary<Relationship> relationship = aimed(
                Arbitraries.of(Relationship.PARENT, Relationship.STEP_PARENT, Relationship.LEGAL_GUARDIAN),
                Arbitraries.of(Relationship.class));
        Arbitrary<RelativeStatus> status = Arbitraries.frequencyOf(
                Tuple.of(profile.aim(), Arbitraries.of(RelativeStatus.US_CITIZEN, RelativeStatus.LPR)),
                Tuple.of(2, Arbitraries.of(RelativeStatus.TPS, RelativeStatus.PAROLEE, RelativeStatus.DEFERRED_ACTION,
                        RelativeStatus.DED, RelativeStatus.WITHHOLDING_OF_REMOVAL, RelativeStatus.PENDING_ASYLUM,
                        RelativeStatus.PENDING_U_VISA, RelativeStatus.PENDING_T_VISA)),
                Tuple.of(1, Arbitraries.of(RelativeStatus.class)));
        Arbitrary<Draft<LocalDate>> birth = Combinators.combine(
                        aimed(Arbitraries.integers().between(18, 80), Arbitraries.integers().between(15, 17)),
                        Arbitraries.integers().between(0, 364))
                .as((years, days) -> draft(frame -> frame.date().minusYears(years).minusDays(days)));
        Arbitrary<LocalDate> pendingSince = Arbitraries.frequencyOf(
                Tuple.of(3, dates(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1))),
                Tuple.of(1, Arbitraries.of(PolicyTables.CAM_PENDING_CUTOFF, PolicyTables.CAM_PENDING_CUTOFF.minusDays(1),
                        PolicyTables.CAM_PENDING_CUTOFF.plusDays(1))));
        // A relative without an i130 is a real answer (no petition), so it stays possible even when complete.
        Arbitrary<I130> i130 = petitions().injectNull(0.3);
        return Combinators.combine(relationship, maybe(status), maybe(birth), maybe(pendingSince), maybe(aimed(true)), i130)
                .as((rel, st, b, pending, invited, petition) -> draft(frame ->
                        new UsRelative(rel, st, Draft.finish(b, frame), pending, invited, petition)));
    }

    public Arbitrary<I130> petitions() {
        Arbitrary<I130Status> status = aimed(Arbitraries.just(I130Status.APPROVED), Arbitraries.of(I130Status.class));
        Arbitrary<PreferenceCategory> category = aimed(
                Arbitraries.of(PreferenceCategory.F1, PreferenceCategory.F2A, PreferenceCategory.F2B,
                        PreferenceCategory.F3, PreferenceCategory.F4),
                Arbitraries.just(PreferenceCategory.IR));
        Arbitrary<PetitionRole> role = aimed(PetitionRole.PRINCIPAL, PetitionRole.DERIVATIVE);
        Arbitrary<String> principalNationality = aimed(
                Arbitraries.of(List.copyOf(new TreeSet<>(PolicyTables.FRP_OPENS.keySet()))),
                Arbitraries.of(COUNTRIES));
        return Combinators.combine(maybe(status), maybe(category), maybe(role), maybe(principalNationality)).as(I130::new);
    }

    // --- history ------------------------------------------------------------------------------

    public Arbitrary<Draft<UsHistory>> historyDrafts() {
        Arbitrary<Draft<LocalDate>> entry = Arbitraries.frequencyOf(
                Tuple.of(3, daysBeforeD(0, 8 * 365)),
                Tuple.of(1, Arbitraries.integers().between(0, 1).map(days -> draft(frame ->
                        min(PolicyTables.FRP_PROCESS_START.plusDays(days), frame.date())))));
        Arbitrary<Draft<LocalDate>> removal = Arbitraries.frequencyOf(
                Tuple.of(3, daysBeforeD(0, 8 * 365)),
                Tuple.of(1, Arbitraries.integers().between(-1, 1).map(days -> draft(frame -> frame.date().minusYears(5).plusDays(days)))));
        return Combinators.combine(maybe(aimed(false)), maybe(fewDates(entry)), maybe(fewDates(entry)), maybe(fewDates(removal)))
                .as((visa, irregular, interdicted, removed) -> draft(frame -> new UsHistory(visa,
                        Draft.finish(irregular, frame), Draft.finish(interdicted, frame), Draft.finish(removed, frame))));
    }

    /** Aimed at none: a clean history is the common case. */
    private Arbitrary<Draft<List<LocalDate>>> fewDates(Arbitrary<Draft<LocalDate>> date) {
        return aimed(Arbitraries.just(Draft.of(List.<LocalDate>of())),
                date.list().ofMinSize(1).ofMaxSize(2)
                        .map(drafts -> draft(frame -> drafts.stream().map(d -> d.finish(frame)).distinct().toList())));
    }

    // --- employment ---------------------------------------------------------------------------

    public Arbitrary<Employment> employments() {
        Arbitrary<Education> education = aimed(Arbitraries.of(Education.BACHELOR, Education.MASTER, Education.DOCTORATE),
                Arbitraries.of(Education.class));
        Arbitrary<Integer> experience = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 30)),
                Tuple.of(1, Arbitraries.of(12, 11)));
        return Combinators.combine(maybe(education), maybe(experience), maybe(fewOrNone(jobOffers()))).as(Employment::new);
    }

    public Arbitrary<JobOffer> jobOffers() {
        Arbitrary<TemporaryNeed> need = aimed(
                Arbitraries.of(TemporaryNeed.SEASONAL, TemporaryNeed.ONE_TIME, TemporaryNeed.PEAKLOAD, TemporaryNeed.INTERMITTENT),
                Arbitraries.just(TemporaryNeed.PERMANENT));
        Arbitrary<Integer> months = aimed(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(13, 120));
        Arbitrary<LaborCertification> certification = aimed(Arbitraries.just(LaborCertification.APPROVED),
                Arbitraries.of(LaborCertification.PENDING, LaborCertification.NONE, LaborCertification.DENIED));
        return Combinators.combine(maybe(Arbitraries.of(JobKind.class)), maybe(aimed(true)), maybe(need), maybe(months),
                        maybe(certification), maybe(Arbitraries.of(false, true)), maybe(aimed(true)))
                .as(JobOffer::new);
    }

    // --- helpers ------------------------------------------------------------------------------

    private <T> Arbitrary<T> maybe(Arbitrary<T> arbitrary) {
        return profile.absent() == 0 ? arbitrary : arbitrary.injectNull(profile.absent());
    }

    /** The aimed alternative {@code aim} times as often as the free one, and shrinking to it. */
    private <T> Arbitrary<T> aimed(Arbitrary<? extends T> aimed, Arbitrary<? extends T> free) {
        return Arbitraries.frequencyOf(Tuple.of(profile.aim(), aimed), Tuple.of(1, free));
    }

    private <T> Arbitrary<T> aimed(T aimed, T other) {
        return Arbitraries.frequency(Tuple.of(profile.aim(), aimed), Tuple.of(1, other));
    }

    private Arbitrary<Boolean> aimed(boolean value) {
        return aimed(value, !value);
    }

    /** One to three, shrinking to one; or, one time in five, a known none. */
    private static <T> Arbitrary<List<T>> fewOrNone(Arbitrary<T> element) {
        return Arbitraries.frequencyOf(Tuple.of(4, element.list().ofMinSize(1).ofMaxSize(3)),
                Tuple.of(1, Arbitraries.just(List.<T>of())));
    }

    private static Arbitrary<Draft<LocalDate>> daysBeforeD(int min, int max) {
        return Arbitraries.integers().between(min, max).map(days -> draft(frame -> frame.date().minusDays(days)));
    }

    public static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
        return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static <T> Draft<T> draft(Draft<T> draft) {
        return draft;
    }

    private static String hostCountry(Office office, int i) {
        return office == Office.GT ? pick(PolicyTables.SERVED.get(Office.GT), i) : office.name();
    }

    private static <T> T pick(List<T> list, int i) {
        return list.get(i % list.size());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
