package org.safemobility.eligibility.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import net.jqwik.api.sessions.JqwikSession;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.testkit.internal.ApplicantGenerator;
import org.safemobility.eligibility.testkit.internal.Draft;
import org.safemobility.eligibility.testkit.internal.GeneratorSettings;
import org.safemobility.eligibility.testkit.internal.Targets;

/**
 * Generates valid, obviously synthetic {@link Applicant}s, with a fluent way to narrow them down.
 * Get one from {@link Applicants#applicants()}.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Applicant> youngGuatemalans() {
 *     return Applicants.applicants()
 *             .offices(Office.GT)
 *             .evaluatedBetween(LocalDate.of(2023, 6, 12), LocalDate.of(2025, 1, 26))
 *             .agedBetween(16, 22)
 *             .complete();
 * }
 * }</pre>
 *
 * <p><b>Valid by construction.</b> Every applicant passes {@code applicant.schema.json} and the
 * engine's own checks: assigned upper-case country codes, distinct list items, a date of birth on
 * or before the evaluation date, numbers in range. Ids read {@code synthetic-xxxxxx}; no value is
 * taken from a real person.
 *
 * <p><b>The evaluation date.</b> Every applicant carries an {@code applicationDate}, so the
 * evaluation date D of its report is that date and never the clock's: a failing try reruns the
 * same way tomorrow. Dates of birth, arrival, passports and history are drawn relative to D.
 *
 * <p><b>Aimed at the rules under test.</b> Most choices are between an answer that matters to
 * the rules and anything the contract allows; the aimed one is taken two times in three for most
 * applicants and nine times in ten for a third of them, so every pathway is seen ELIGIBLE and every
 * criterion both met and not met in a few hundred tries. {@link CriterionCoverage} shows how often.
 * What matters is read from the reference tables of the rule sets aimed at ({@link #aimedAt}, or
 * the bundled rule set's when none is named and its jar is on the class path): every office,
 * country and status the tables list (and the statuses and a few countries they do not), every date
 * of every table and the days either side (as evaluation dates and for the dates compared with
 * them: arrivals, asylum registrations, pending applications, irregular entries, removal orders,
 * passports), and the ages, job durations and years of experience either side of the numbers the
 * rules compare them with. So a change to a table (a nationality served, a window moved, a status
 * listed) is reached by the applicants as soon as the changed rule set is aimed at. Aimed at the
 * old and the new rule set of a change at once, the applicants reach the rows on both sides. With
 * no table at all (no engine named and no bundled rules), the answers are drawn from everything the
 * contract allows. jqwik's generic edge cases (the first value of every choice at once, everything
 * absent) are switched off, because they would otherwise make up a large share of the tries.
 *
 * <p><b>Complete or partial.</b> By default answers may be absent at every level (a whole
 * {@code residence}, or only its {@code arrivalDate}), which exercises UNKNOWN outcomes and missing
 * information; how many varies from applicant to applicant: a third are nearly complete (each
 * answer absent with probability 0.02), a third have some gaps (0.1), two in nine more (0.25) and
 * one in nine is mostly empty (0.6). {@link #partial(double)} fixes the probability instead.
 * {@link #complete()} makes every field present, except a relative's {@code i130}: a relative
 * without one is an answer ("no petition"), not a gap.
 *
 * <p><b>Shrinking.</b> Every answer is an independent choice, so jqwik shrinks each on its own: a
 * partial applicant shrinks towards absent answers, a complete one towards the first value of each
 * choice (the first office, the earliest date the choice allows, age 18, the aimed answer). A shrunk
 * counterexample keeps only the answers the failure needs.
 *
 * <p>Instances are immutable: every method returns a new arbitrary and checks its arguments at
 * once, throwing {@link IllegalArgumentException} (or {@link NullPointerException}) when they
 * cannot be honoured.
 */
public final class ApplicantArbitrary extends ArbitraryDecorator<Applicant> {

    /**
     * The default range of evaluation dates: from before the CAM restart to after every office
     * closed, widened to the day before the earliest and the day after the latest date of the tables
     * aimed at when they reach further.
     */
    public static final LocalDate DEFAULT_FIRST_DATE = GeneratorSettings.DEFAULT_FIRST_DATE;
    /** @see #DEFAULT_FIRST_DATE */
    public static final LocalDate DEFAULT_LAST_DATE = GeneratorSettings.DEFAULT_LAST_DATE;

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** The generation size of {@link #sample}: jqwik's default for a property of 1,000 tries. */
    private static final int SAMPLE_GEN_SIZE = 1000;

    private final GeneratorSettings settings;
    private final ApplicantGenerator generator;

    ApplicantArbitrary(GeneratorSettings settings) {
        this.settings = settings;
        this.generator = new ApplicantGenerator(settings);
    }

    static ApplicantArbitrary defaults() {
        return new ApplicantArbitrary(GeneratorSettings.defaults());
    }

    /** Whether {@link #aimedAt} named the rule sets; otherwise the bundled rule set's tables are aimed at. */
    boolean isAimed() {
        return settings.aimed();
    }

    @Override
    protected Arbitrary<Applicant> arbitrary() {
        return generator.applicants();
    }

    // --- aim -------------------------------------------------------------------------------------

    /**
     * Aimed at the reference tables of the rule sets these engines run (all of them at once: for a
     * comparison, name the old and the new engine), instead of the bundled rule set's. Replaces any
     * earlier aim; every other constraint is kept.
     *
     * @param engines the engines whose rule sets to aim at, at least one
     * @return a new arbitrary, aimed at their tables
     */
    public ApplicantArbitrary aimedAt(EligibilityEngine... engines) {
        Objects.requireNonNull(engines, "engines");
        if (engines.length == 0 || Arrays.asList(engines).contains(null)) {
            throw new IllegalArgumentException("aimedAt: name at least one engine, and no null");
        }
        return with(settings.withTargets(Targets.of(engines)));
    }

    // --- constraints ----------------------------------------------------------------------------

    /**
     * Only applicants registering at these offices (at least one).
     *
     * @param offices the Safe Mobility Offices to register at
     * @return a new arbitrary, narrowed to those offices
     */
    public ApplicantArbitrary offices(Office... offices) {
        Objects.requireNonNull(offices, "offices");
        List<Office> list = Arrays.stream(offices).distinct().toList();
        if (list.isEmpty() || list.contains(null)) {
            throw new IllegalArgumentException("offices: name at least one office, and no null");
        }
        return with(settings.withOffices(list));
    }

    /**
     * Only evaluation dates (application dates) from {@code first} to {@code last}, both included.
     * The generator still prefers the offices' registration windows and the tables' dates where
     * they fall inside the range.
     *
     * @param first the earliest evaluation date
     * @param last the latest evaluation date, not before {@code first}; both from 1950 to 2100
     * @return a new arbitrary, narrowed to those dates
     */
    public ApplicantArbitrary evaluatedBetween(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("evaluatedBetween: " + first + " is after " + last);
        }
        if (first.getYear() < 1950 || last.getYear() > 2100) {
            throw new IllegalArgumentException("evaluatedBetween: keep evaluation dates between 1950 and 2100");
        }
        return with(settings.withDates(first, last));
    }

    /**
     * Only this evaluation date.
     *
     * @param date the evaluation date (application date) of every applicant
     * @return a new arbitrary, narrowed to that date
     */
    public ApplicantArbitrary evaluatedOn(LocalDate date) {
        return evaluatedBetween(date, date);
    }

    /**
     * Applicants whose {@code nationalities} are known and hold one or two of these countries
     * (ISO 3166-1 alpha-2, upper case, assigned), and no other.
     *
     * @param countries the countries, as ISO 3166-1 alpha-2 codes
     * @return a new arbitrary, narrowed to those nationalities
     */
    public ApplicantArbitrary nationalitiesFrom(String... countries) {
        Objects.requireNonNull(countries, "countries");
        List<String> list = Arrays.stream(countries).distinct().toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("nationalitiesFrom: name at least one country");
        }
        for (String c : list) {
            if (c == null || !ISO_COUNTRIES.contains(c)) {
                throw new IllegalArgumentException("nationalitiesFrom: " + c + " is not an assigned upper-case ISO 3166-1 alpha-2 code");
            }
        }
        return with(settings.withNationalityPool(list));
    }

    /**
     * Applicants whose {@code dateOfBirth} is known and whose age on the evaluation date (whole
     * years, {@code Period.between(dateOfBirth, D).getYears()}) is from {@code min} to {@code max}.
     *
     * @param min the youngest age in years, 0 or more
     * @param max the oldest age in years, from {@code min} to 120
     * @return a new arbitrary, narrowed to those ages
     */
    public ApplicantArbitrary agedBetween(int min, int max) {
        if (min < 0 || max > 120 || min > max) {
            throw new IllegalArgumentException("agedBetween: need 0 <= min <= max <= 120, got " + min + " and " + max);
        }
        return with(settings.withAges(min, max));
    }

    /**
     * Every field present (a relative's {@code i130} excepted, see the class comment).
     *
     * @return a new arbitrary of complete applicants
     */
    public ApplicantArbitrary complete() {
        return with(settings.withCompleteness(true, null));
    }

    /**
     * Answers absent in the default mix (see the class comment); undoes {@link #complete()}.
     *
     * @return a new arbitrary of partial applicants, in the default mix
     */
    public ApplicantArbitrary partial() {
        return with(settings.withCompleteness(false, null));
    }

    /**
     * Each answer absent with probability {@code absentProbability}, from 0 (exclusive) to 1 (exclusive).
     *
     * @param absentProbability the probability that an answer is absent
     * @return a new arbitrary of partial applicants, every answer equally likely absent
     */
    public ApplicantArbitrary partial(double absentProbability) {
        if (!(absentProbability > 0 && absentProbability < 1)) {
            throw new IllegalArgumentException("partial: the probability must lie strictly between 0 and 1, got " + absentProbability);
        }
        return with(settings.withCompleteness(false, absentProbability));
    }

    /**
     * A seeded population outside a property: {@code size} applicants drawn from this arbitrary,
     * the same applicants for the same seed. For a batch to screen, a file to write or a test that
     * compares two runs on one population; inside a property, draw with {@code @ForAll} instead.
     * Opens a jqwik session for the draw unless one is open.
     *
     * <pre>{@code
     * List<Applicant> population = Applicants.aimedAt(engine).sample(20261127L, 10_000);
     * }</pre>
     *
     * @param seed the seed of the draw
     * @param size how many applicants, 0 or more
     * @return the applicants, in the order drawn
     */
    public List<Applicant> sample(long seed, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("sample: the size must be 0 or more, got " + size);
        }
        boolean own = !JqwikSession.isActive();
        if (own) {
            JqwikSession.start();
        }
        try {
            RandomGenerator<Applicant> draw = generator(SAMPLE_GEN_SIZE);
            Random random = new Random(seed);
            List<Applicant> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(draw.next(random).value());
            }
            return out;
        } finally {
            if (own) {
                JqwikSession.finish();
            }
        }
    }

    // --- parts ----------------------------------------------------------------------------------

    /**
     * Relatives in the United States, dated against {@code evaluationDate}; complete or partial like this arbitrary.
     *
     * @param evaluationDate the evaluation date the relatives' dates are drawn against
     * @return relatives, for building applicants by hand
     */
    public Arbitrary<UsRelative> relatives(LocalDate evaluationDate) {
        Draft.Frame frame = frame(settings.offices().get(0), evaluationDate);
        return generator.relativeDrafts().map(d -> d.finish(frame));
    }

    /**
     * Form I-130 petitions (the {@code i130} of a relative).
     *
     * @return petitions, complete or partial like this arbitrary
     */
    public Arbitrary<I130> petitions() {
        return generator.petitions();
    }

    /**
     * U.S. job offers.
     *
     * @return job offers, complete or partial like this arbitrary
     */
    public Arbitrary<JobOffer> jobOffers() {
        return generator.jobOffers();
    }

    /**
     * Employment answers: education, experience and job offers.
     *
     * @return employment answers, complete or partial like this arbitrary
     */
    public Arbitrary<Employment> employments() {
        return generator.employments();
    }

    /**
     * Protection answers: persecution, grounds, bars and security concerns.
     *
     * @return protection answers, complete or partial like this arbitrary
     */
    public Arbitrary<Protection> protections() {
        return generator.protections();
    }

    /**
     * Residences of an applicant registering at {@code office}, dated against {@code evaluationDate}.
     *
     * @param office the office the applicant registers at, which decides the country of residence that
     *               matters
     * @param evaluationDate the evaluation date the arrival is drawn against
     * @return residences, complete or partial like this arbitrary
     */
    public Arbitrary<Residence> residences(Office office, LocalDate evaluationDate) {
        Draft.Frame frame = frame(office, evaluationDate);
        return generator.residenceDrafts().map(d -> d.finish(frame));
    }

    /**
     * U.S. immigration histories, dated against {@code evaluationDate}.
     *
     * @param evaluationDate the evaluation date the entries and orders are drawn against
     * @return U.S. immigration histories, complete or partial like this arbitrary
     */
    public Arbitrary<UsHistory> usHistories(LocalDate evaluationDate) {
        Draft.Frame frame = frame(settings.offices().get(0), evaluationDate);
        return generator.historyDrafts().map(d -> d.finish(frame));
    }

    @Override
    public String toString() {
        return "ApplicantArbitrary" + settings;
    }

    private static Draft.Frame frame(Office office, LocalDate evaluationDate) {
        return new Draft.Frame(Objects.requireNonNull(office, "office"),
                Objects.requireNonNull(evaluationDate, "evaluationDate"), null);
    }

    private ApplicantArbitrary with(GeneratorSettings next) {
        return new ApplicantArbitrary(next);
    }
}
