package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.apiguardian.api.API;
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
 * and finished last. Most choices are <em>aimed</em>: an alternative that matters to the rules
 * against anything the contract allows. The aimed alternative is listed first, which is where
 * jqwik shrinks to.
 *
 * <p>What is aimed at comes from the reference tables of the rule sets aimed at ({@link Targets}),
 * never from Java: every country, office and enum constant a table lists (and the constants and a
 * few countries it does not), every date of every table and the days either side (as evaluation
 * dates and for the date answers compared with them), and the ages, durations and years of
 * experience either side of every number the rules compare them with. Only the logic of the rules
 * is aimed at from here: an approved petition, a clean history, an unmarried applicant, a
 * certified job.
 *
 * <p>Each applicant is drawn from one of a few {@link Profile}s: how many answers are absent and
 * how strongly the choices are aimed. A mix keeps both sides of every criterion common: focused,
 * nearly complete applicants reach ELIGIBLE on every pathway, gappy ones exercise UNKNOWN and
 * missing information.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ApplicantGenerator {

    /** Every assigned ISO 3166-1 alpha-2 code, sorted: the free alternative of every country. */
    private static final List<String> ANY_COUNTRY = new TreeSet<>(Arrays.asList(Locale.getISOCountries())).stream().toList();

    /** Picks from a list whose length is known only when a draft is finished: 720 divides evenly by 1 to 6. */
    private static final int PICKS = 720;

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
    private final Targets targets;
    private final LocalDate firstDate;
    private final LocalDate lastDate;

    public ApplicantGenerator(GeneratorSettings settings) {
        this(settings, new Profile(1, settings.complete() ? 0
                : settings.absentProbability() == null ? 0.2 : settings.absentProbability(), 3));
    }

    private ApplicantGenerator(GeneratorSettings settings, Profile profile) {
        this.settings = settings;
        this.profile = profile;
        this.targets = settings.resolvedTargets();
        this.firstDate = settings.resolvedFirstDate();
        this.lastDate = settings.resolvedLastDate();
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

    /**
     * Mostly inside the offices' registration windows (of every rule set aimed at), often on a date
     * of a table or a day either side, else anywhere in range.
     */
    Arbitrary<LocalDate> evaluationDates() {
        LocalDate first = firstDate;
        LocalDate last = lastDate;
        List<Tuple2<Integer, Arbitrary<LocalDate>>> options = new ArrayList<>();
        LocalDate opens = targets.firstOpening(settings.offices());
        LocalDate closes = targets.lastRegistration(settings.offices());
        if (opens != null && closes != null) {
            LocalDate windowFirst = max(first, opens);
            LocalDate windowLast = min(last, closes);
            if (!windowFirst.isAfter(windowLast)) {
                options.add(Tuple.of(2 * profile.aim(), dates(windowFirst, windowLast)));
            }
        }
        options.add(Tuple.of(3, dates(first, last)));
        List<LocalDate> near = new ArrayList<>();
        for (LocalDate b : targets.dates()) {
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

    /**
     * Whole years before D, then up to 364 more days, so the age on D is exactly the years drawn:
     * mostly adults, often a year either side of an age the rules compare with (ADULT-AGE,
     * CAM-AGE-LIMIT), sometimes anyone.
     */
    Arbitrary<Draft<LocalDate>> birthDates() {
        Arbitrary<Integer> years;
        if (settings.ageBand()) {
            years = Arbitraries.integers().between(settings.minAge(), settings.maxAge());
        } else {
            List<Integer> thresholds = new ArrayList<>(targets.numbersNamed("ADULT-AGE"));
            thresholds.addAll(targets.numbersNamed("CAM-AGE-LIMIT"));
            int adult = targets.numbersNamed("ADULT-AGE").stream().min(Integer::compare).orElse(18);
            List<Tuple2<Integer, Arbitrary<Integer>>> options = new ArrayList<>();
            options.add(Tuple.of(5, Arbitraries.integers().between(Math.min(adult, 65), 65)));
            List<Integer> near = around(thresholds, 0, 120);
            if (!near.isEmpty()) {
                options.add(Tuple.of(3, Arbitraries.of(near)));
            }
            options.add(Tuple.of(1, Arbitraries.integers().between(0, 90)));
            years = Arbitraries.frequencyOf(options);
        }
        return Combinators.combine(years, Arbitraries.integers().between(0, 364))
                .as((y, days) -> draft(frame -> frame.date().minusYears(y).minusDays(days)));
    }

    /**
     * One or two: mostly a nationality the office serves in a rule set aimed at, else any country a
     * table lists, a country none lists, or any country at all.
     */
    Arbitrary<Draft<List<String>>> nationalities() {
        Arbitrary<Draft<String>> one;
        if (settings.nationalityPool() != null) {
            one = Arbitraries.of(settings.nationalityPool()).map(Draft::of);
        } else {
            List<Tuple2<Integer, Arbitrary<Draft<String>>>> options = new ArrayList<>();
            if (Arrays.stream(Office.values()).anyMatch(o -> !targets.officeNationalities(o).isEmpty())) {
                options.add(Tuple.of(2 * profile.aim(), picks(frame -> targets.officeNationalities(frame.office()),
                        frame -> targets.unlistedCountries())));
            }
            if (!targets.countries().isEmpty()) {
                options.add(Tuple.of(2, Arbitraries.of(targets.countries()).map(Draft::of)));
            }
            options.add(Tuple.of(1, Arbitraries.of(targets.unlistedCountries()).map(Draft::of)));
            options.add(Tuple.of(1, Arbitraries.of(ANY_COUNTRY).map(Draft::of)));
            one = Arbitraries.frequencyOf(options);
        }
        boolean constrained = settings.nationalityPool() != null;
        Arbitrary<List<Draft<String>>> drafts = constrained ? one.list().ofMinSize(1).ofMaxSize(2)
                : Arbitraries.frequencyOf(Tuple.of(5, one.list().ofSize(1)), Tuple.of(2, one.list().ofSize(2)),
                        Tuple.of(1, Arbitraries.just(List.<Draft<String>>of())));
        Arbitrary<Draft<List<String>>> lists = drafts
                .map(ds -> draft(frame -> ds.stream().map(d -> d.finish(frame)).distinct().toList()));
        return constrained ? lists : maybe(lists);
    }

    /** Valid for years, expired, or on the day before, of or after D (FRP-PASSPORT compares it with D). */
    Arbitrary<Draft<LocalDate>> passportExpiryDates() {
        return Arbitraries.frequencyOf(
                Tuple.of(profile.aim(), Arbitraries.integers().between(0, 8 * 365).map(days -> draft(frame -> frame.date().plusDays(days)))),
                Tuple.of(1, Arbitraries.integers().between(1, 2 * 365).map(days -> draft(frame -> frame.date().minusDays(days)))),
                Tuple.of(1, Arbitraries.integers().between(-1, 1).map(days -> draft(frame -> frame.date().plusDays(days)))));
    }

    // --- residence ----------------------------------------------------------------------------

    public Arbitrary<Draft<Residence>> residenceDrafts() {
        List<Tuple2<Integer, Arbitrary<Draft<String>>>> countries = new ArrayList<>();
        countries.add(Tuple.of(2 * profile.aim(), picks(frame -> targets.hostCountries(frame.office()), null)));
        countries.add(Tuple.of(profile.aim(), picks(frame -> frame.nationalities() == null || frame.nationalities().isEmpty()
                ? targets.hostCountries(frame.office()) : frame.nationalities(), null)));
        if (!targets.policyCountries().isEmpty()) {
            countries.add(Tuple.of(1, Arbitraries.of(targets.policyCountries()).map(Draft::of)));
        }
        if (!targets.countries().isEmpty()) {
            countries.add(Tuple.of(1, Arbitraries.of(targets.countries()).map(Draft::of)));
        }
        countries.add(Tuple.of(1, Arbitraries.of(targets.unlistedCountries()).map(Draft::of)));
        Arbitrary<Draft<String>> country = Arbitraries.frequencyOf(countries);
        Arbitrary<Draft<ResidenceStatus>> status = listedOrNot(ResidenceStatus.class).map(Draft::of);
        // ACC-ARRIVAL-CUTOFF compares the arrival with the office's cut-off; an office without one, with its opening
        Arbitrary<Draft<LocalDate>> arrival = Arbitraries.frequencyOf(
                Tuple.of(4, daysBeforeD(0, 6 * 365)),
                Tuple.of(1, nearOnOrBeforeD(frame -> targets.arrivalCutoffs(frame.office()).isEmpty()
                        ? targets.openings(frame.office()) : targets.arrivalCutoffs(frame.office()))));
        Arbitrary<Draft<LocalDate>> asylumRegistration = orNear(daysBeforeD(0, 4 * 365), 3,
                targets.datesNamed("EC-ASYLUM-REGISTRATION-CUTOFF"));
        return Combinators.combine(maybe(country), maybe(status), maybe(arrival), maybe(asylumRegistration),
                        maybe(Arbitraries.of(true, false)))
                .as((c, s, a, r, applied) -> draft(frame -> new Residence(Draft.finish(c, frame), Draft.finish(s, frame),
                        Draft.finish(a, frame), Draft.finish(r, frame), applied)));
    }

    // --- protection ---------------------------------------------------------------------------

    public Arbitrary<Protection> protections() {
        List<ProtectionGround> listed = targets.listed(ProtectionGround.class);
        Arbitrary<List<ProtectionGround>> any = Arbitraries.of(ProtectionGround.class).list().uniqueElements().ofMaxSize(2);
        Arbitrary<List<ProtectionGround>> grounds = listed.isEmpty() ? any
                : aimed(Arbitraries.of(listed).list().uniqueElements().ofMinSize(1).ofMaxSize(2), any);
        Arbitrary<List<SecurityConcern>> concerns = aimed(
                Arbitraries.just(List.<SecurityConcern>of()),
                Arbitraries.of(SecurityConcern.class).list().uniqueElements().ofMinSize(1).ofMaxSize(2));
        return Combinators.combine(maybe(aimed(true)), maybe(Arbitraries.of(true, false)), maybe(grounds),
                        maybe(aimed(false)), maybe(aimed(false)), maybe(concerns))
                .as(Protection::new);
    }

    // --- relatives and petitions ----------------------------------------------------------------

    public Arbitrary<Draft<UsRelative>> relativeDrafts() {
        Arbitrary<Relationship> relationship = listedOrNot(Relationship.class);
        Arbitrary<RelativeStatus> status = listedOrNot(RelativeStatus.class);
        // CAM-QUALIFYING-PARENT compares the relative's age with CAM-PARENT-MIN-AGE
        List<Integer> minAges = targets.numbersNamed("CAM-PARENT-MIN-AGE");
        int adult = minAges.stream().min(Integer::compare).orElse(18);
        List<Tuple2<Integer, Arbitrary<Integer>>> ages = new ArrayList<>();
        ages.add(Tuple.of(profile.aim(), Arbitraries.integers().between(Math.min(adult, 80), 80)));
        ages.add(Tuple.of(1, Arbitraries.integers().between(Math.max(0, adult - 3), Math.max(0, adult - 1))));
        List<Integer> near = around(minAges, 0, 120);
        if (!near.isEmpty()) {
            ages.add(Tuple.of(1, Arbitraries.of(near)));
        }
        Arbitrary<Draft<LocalDate>> birth = Combinators.combine(Arbitraries.frequencyOf(ages),
                        Arbitraries.integers().between(0, 364))
                .as((years, days) -> draft(frame -> frame.date().minusYears(years).minusDays(days)));
        Arbitrary<Draft<LocalDate>> pendingSince = orNear(daysBeforeD(0, 6 * 365), 3, targets.datesNamed("CAM-PENDING-CUTOFF"));
        // A relative without an i130 is a real answer (no petition), so it stays possible even when complete.
        Arbitrary<I130> i130 = petitions().injectNull(0.3);
        return Combinators.combine(relationship, maybe(status), maybe(birth), maybe(pendingSince), maybe(aimed(true)), i130)
                .as((rel, st, b, pending, invited, petition) -> draft(frame ->
                        new UsRelative(rel, st, Draft.finish(b, frame), Draft.finish(pending, frame), invited, petition)));
    }

    public Arbitrary<I130> petitions() {
        Arbitrary<I130Status> status = aimed(Arbitraries.just(I130Status.APPROVED), Arbitraries.of(I130Status.class));
        Arbitrary<PreferenceCategory> category = listedOrNot(PreferenceCategory.class);
        Arbitrary<PetitionRole> role = aimed(PetitionRole.PRINCIPAL, PetitionRole.DERIVATIVE);
        List<String> others = new ArrayList<>(targets.countries());
        others.addAll(targets.unlistedCountries());
        Arbitrary<String> principalNationality = targets.frpNationalities().isEmpty() ? Arbitraries.of(others)
                : aimed(Arbitraries.of(targets.frpNationalities()), Arbitraries.of(others));
        return Combinators.combine(maybe(status), maybe(category), maybe(role), maybe(principalNationality)).as(I130::new);
    }

    // --- history ------------------------------------------------------------------------------

    public Arbitrary<Draft<UsHistory>> historyDrafts() {
        // FRP-NO-IRREGULAR-ENTRY compares entries and interdictions with FRP-IRREGULAR-ENTRY-CUTOFF
        // (as often as any other date: only a date on the cutoff itself tells "after" from "on or after")
        Arbitrary<Draft<LocalDate>> entry = orNear(daysBeforeD(0, 8 * 365), 1, targets.datesNamed("FRP-IRREGULAR-ENTRY-CUTOFF"));
        // FRP-NO-RECENT-REMOVAL compares removal orders with D minus FRP-REMOVAL-LOOKBACK-YEARS
        List<Integer> lookbacks = targets.numbersNamed("FRP-REMOVAL-LOOKBACK-YEARS");
        // (as often as any other date, and on the day itself half the time: removal orders are rare
        // answers, and only the day itself tells "on or after" from "after")
        Arbitrary<Draft<LocalDate>> removal = lookbacks.isEmpty() ? daysBeforeD(0, 8 * 365) : Arbitraries.frequencyOf(
                Tuple.of(1, daysBeforeD(0, 8 * 365)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(lookbacks), Arbitraries.of(-1, 0, 0, 1))
                        .as((years, days) -> draft(frame -> frame.date().minusYears(years).plusDays(days)))));
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
        Arbitrary<Education> education = listedOrNot(Education.class);
        // H1B-QUALIFICATION: years of study (H1B-ASSOCIATE-YEARS for an associate degree, else none) plus one
        // per H1B-EXPERIENCE-YEARS-PER-YEAR years of experience reach H1B-DEGREE-YEARS; aim either side of it
        List<Integer> thresholds = new ArrayList<>();
        for (int degree : targets.numbersNamed("H1B-DEGREE-YEARS")) {
            for (int perYear : targets.numbersNamed("H1B-EXPERIENCE-YEARS-PER-YEAR")) {
                thresholds.add(perYear * degree);
                for (int associate : targets.numbersNamed("H1B-ASSOCIATE-YEARS")) {
                    thresholds.add(perYear * (degree - associate));
                }
            }
        }
        List<Integer> near = around(thresholds, 0, 80);
        Arbitrary<Integer> experience = near.isEmpty() ? Arbitraries.integers().between(0, 30) : Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 30)),
                Tuple.of(1, Arbitraries.of(near)));
        return Combinators.combine(maybe(education), maybe(experience), maybe(fewOrNone(jobOffers()))).as(Employment::new);
    }

    public Arbitrary<JobOffer> jobOffers() {
        Arbitrary<TemporaryNeed> need = listedOrNot(TemporaryNeed.class);
        // H2A/H2B-JOB-OFFER compare the duration with H2-MAX-DURATION-MONTHS
        List<Integer> maxima = targets.numbersNamed("H2-MAX-DURATION-MONTHS");
        Arbitrary<Integer> months;
        if (maxima.isEmpty()) {
            months = Arbitraries.integers().between(1, 120);
        } else {
            int shortest = Math.max(1, Math.min(120, maxima.stream().min(Integer::compare).orElseThrow()));
            int longest = Math.max(1, Math.min(120, maxima.stream().max(Integer::compare).orElseThrow()));
            List<Tuple2<Integer, Arbitrary<Integer>>> options = new ArrayList<>();
            options.add(Tuple.of(profile.aim(), Arbitraries.integers().between(1, shortest)));
            if (longest < 120) {
                options.add(Tuple.of(1, Arbitraries.integers().between(longest + 1, 120)));
            }
            options.add(Tuple.of(1, Arbitraries.of(around(maxima, 1, 120))));
            months = Arbitraries.frequencyOf(options);
        }
        Arbitrary<LaborCertification> certification = aimed(Arbitraries.just(LaborCertification.APPROVED),
                Arbitraries.of(LaborCertification.PENDING, LaborCertification.NONE, LaborCertification.DENIED));
        return Combinators.combine(maybe(listedOrNot(JobKind.class)), maybe(aimed(true)), maybe(need), maybe(months),
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

    /**
     * An answer of an enum type: the constants any list of the tables names (aimed), or those none
     * names (free); every constant alike when the tables name none, or name them all.
     */
    private <E extends Enum<E>> Arbitrary<E> listedOrNot(Class<E> type) {
        List<E> listed = targets.listed(type);
        List<E> unlisted = targets.unlisted(type);
        if (listed.isEmpty() || unlisted.isEmpty()) {
            return Arbitraries.of(type);
        }
        return aimed(Arbitraries.of(listed), Arbitraries.of(unlisted));
    }

    /** {@code usual}, or one time in {@code 1 + weight} a date of {@code dates} or a day either side, on or before D. */
    private Arbitrary<Draft<LocalDate>> orNear(Arbitrary<Draft<LocalDate>> usual, int weight, List<LocalDate> dates) {
        return dates.isEmpty() ? usual
                : Arbitraries.frequencyOf(Tuple.of(weight, usual), Tuple.of(1, nearOnOrBeforeD(frame -> dates)));
    }

    /** A date of the frame's list or a day either side, but no later than D; D itself when the list is empty. */
    private static Arbitrary<Draft<LocalDate>> nearOnOrBeforeD(Function<Frame, List<LocalDate>> dates) {
        return Combinators.combine(Arbitraries.integers().between(0, PICKS - 1), Arbitraries.integers().between(-1, 1))
                .as((i, days) -> draft(frame -> {
                    List<LocalDate> list = dates.apply(frame);
                    return list.isEmpty() ? frame.date() : min(pick(list, i).plusDays(days), frame.date());
                }));
    }

    /**
     * One of the frame's list, or of {@code fallback}'s when that is empty (without a fallback the
     * list must never be empty).
     */
    private static Arbitrary<Draft<String>> picks(Function<Frame, List<String>> list,
                                                  Function<Frame, List<String>> fallback) {
        return Arbitraries.integers().between(0, PICKS - 1).map(i -> draft(frame -> {
            List<String> values = list.apply(frame);
            return pick(values.isEmpty() && fallback != null ? fallback.apply(frame) : values, i);
        }));
    }

    /** Each threshold and the numbers either side, within {@code min} and {@code max}, in order of first mention. */
    private static List<Integer> around(List<Integer> thresholds, int min, int max) {
        List<Integer> out = new ArrayList<>();
        for (int t : thresholds) {
            for (int n : new int[] {t, t - 1, t + 1}) {
                if (n >= min && n <= max && !out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
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
