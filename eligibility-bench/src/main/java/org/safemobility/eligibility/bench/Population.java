package org.safemobility.eligibility.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * A fixed, seeded population of valid, varied, obviously synthetic applicants for benchmarks:
 * all four offices, dates from 2021 to mid-2026, half of them with every answer present and half
 * with answers missing at random. The same seed always gives the same applicants.
 */
public final class Population {

    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 6, 30).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final String[] COUNTRIES =
            {"GT", "SV", "HN", "NI", "CR", "CO", "EC", "VE", "CU", "HT", "MX", "PY", "BO", "BZ", "US"};

    private final SplittableRandom random;
    private final boolean allComplete;
    private boolean complete;

    private Population(long seed, boolean allComplete) {
        this.random = new SplittableRandom(seed);
        this.allComplete = allComplete;
    }

    /** {@code size} applicants from {@code seed}. */
    public static List<Applicant> of(long seed, int size) {
        return draw(new Population(seed, false), size);
    }

    /** {@code size} applicants from {@code seed}, every one with every answer present. */
    public static List<Applicant> complete(long seed, int size) {
        return draw(new Population(seed, true), size);
    }

    private static List<Applicant> draw(Population p, int size) {
        List<Applicant> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(p.next(i));
        }
        return out;
    }

    /** The {@code i}-th applicant of an endless stream from this generator. */
    Applicant next(int i) {
        // tossed even when all are complete: the draws of of() stay what they were
        complete = random.nextBoolean() || allComplete;
        LocalDate d = FIRST_DAY.plusDays(random.nextInt(DAYS + 1));
        return new Applicant("synthetic-" + i, pick(Office.values()), d,
                maybe(d.minusDays(random.nextInt(70 * 365))),
                maybe(nationalities()), maybe(pick(MaritalStatus.values())), maybe(residence(d)), maybe(protection()),
                maybe(d.plusDays(random.nextInt(365 * 10) - 365 * 2)), maybe(relatives(d)), maybe(history(d)),
                maybe(employment()));
    }

    /** An endless generator, for streaming millions of applicants without holding them. */
    public static Population stream(long seed) {
        return new Population(seed, false);
    }

    /** The next applicant of a stream, numbered {@code i}. */
    public Applicant applicant(int i) {
        return next(i);
    }

    private <T> T maybe(T value) {
        return complete || random.nextInt(5) != 0 ? value : null;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private Boolean yesNo() {
        return maybe(random.nextBoolean());
    }

    private List<String> nationalities() {
        int n = random.nextInt(3);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            String c = pick(COUNTRIES);
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private Residence residence(LocalDate d) {
        return new Residence(maybe(pick(COUNTRIES)), maybe(pick(ResidenceStatus.values())),
                maybe(d.minusDays(random.nextInt(6 * 365))), maybe(d.minusDays(random.nextInt(4 * 365))), yesNo());
    }

    private Protection protection() {
        List<ProtectionGround> grounds = new ArrayList<>();
        for (ProtectionGround g : ProtectionGround.values()) {
            if (random.nextInt(6) == 0) {
                grounds.add(g);
            }
        }
        List<SecurityConcern> concerns = random.nextInt(10) == 0 ? List.of(pick(SecurityConcern.values())) : List.of();
        return new Protection(yesNo(), yesNo(), maybe(grounds), yesNo(), yesNo(), maybe(concerns));
    }

    private List<UsRelative> relatives(LocalDate d) {
        int n = random.nextInt(4);
        List<UsRelative> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            I130 i130 = random.nextInt(3) == 0 ? null : new I130(maybe(pick(I130Status.values())),
                    maybe(pick(PreferenceCategory.values())), maybe(pick(PetitionRole.values())), maybe(pick(COUNTRIES)));
            out.add(new UsRelative(pick(Relationship.values()), maybe(pick(RelativeStatus.values())),
                    maybe(d.minusDays(3650 + random.nextInt(60 * 365))),
                    maybe(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365))), yesNo(), i130));
        }
        return out;
    }

    private UsHistory history(LocalDate d) {
        return new UsHistory(yesNo(), maybe(dates(d)), maybe(dates(d)), maybe(dates(d)));
    }

    private List<LocalDate> dates(LocalDate d) {
        int n = random.nextInt(3);
        List<LocalDate> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.minusDays(random.nextInt(8 * 365)));
        }
        return out;
    }

    private Employment employment() {
        int n = random.nextInt(4);
        List<JobOffer> offers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            offers.add(new JobOffer(maybe(pick(JobKind.values())), yesNo(), maybe(pick(TemporaryNeed.values())),
                    maybe(1 + random.nextInt(24)), maybe(pick(LaborCertification.values())), yesNo(), yesNo()));
        }
        return new Employment(maybe(pick(Education.values())), maybe(random.nextInt(31)), maybe(offers));
    }
}
