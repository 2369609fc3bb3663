package org.safemobility.eligibility.authoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.facts.ReferenceData.PolicyValueRow;
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
 * The synthetic applicants a rule set is screened with before it goes live: seeded, so the same
 * tables give the same applicants on every run; aimed at the rule set's own reference tables (every
 * date they hold and the days either side as evaluation dates and date answers, every country they
 * list and a few they do not, every number of {@code policy-values.csv} and its neighbours as ages,
 * years and months); and with every answer shape the rules must handle: a section or list absent,
 * empty, or with one to three entries.
 *
 * <p>Not the testkit's generator: that one is built on jqwik, and this runs inside services that
 * reload rules (and in {@code eligibility-testkit}'s own reactor order, the testkit comes after
 * authoring). It aims at the same things, with none of the shrinking a property needs. The
 * applicants need not all be valid: the screen sets aside those the contract rejects.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ScreeningPopulation {

    private static final List<String> ISO_COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries())).stream().toList();

    private final SplittableRandom random;
    private final List<LocalDate> dates;
    private final List<String> countries;
    private final List<Integer> numbers;
    private double absent;

    private ScreeningPopulation(ReferenceData tables, long seed) {
        this.random = new SplittableRandom(seed);
        TreeSet<LocalDate> d = new TreeSet<>();
        TreeSet<String> c = new TreeSet<>();
        TreeSet<Integer> n = new TreeSet<>();
        // the dates and countries every table names (as the testkit's generator aims at them)
        tables.namedDates().forEach(date -> around(d, date));
        c.addAll(tables.namedCountries());
        for (PolicyValueRow v : tables.policyValueRows()) {
            if (v.value() instanceof Integer i) {
                n.addAll(List.of(Math.max(0, i - 1), i, i + 1));
            }
        }
        if (d.isEmpty()) {
            d.add(LocalDate.of(2024, 1, 1));
        }
        // a few countries no table lists: "anyone else"
        ISO_COUNTRIES.stream().filter(x -> !c.contains(x)).limit(3).toList().forEach(c::add);
        this.dates = List.copyOf(d);
        this.countries = List.copyOf(c);
        this.numbers = List.copyOf(n);
    }

    /** {@code size} applicants drawn from {@code seed}, aimed at {@code tables}. */
    public static List<Applicant> of(ReferenceData tables, long seed, int size) {
        ScreeningPopulation p = new ScreeningPopulation(tables, seed);
        List<Applicant> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(p.next(i));
        }
        return out;
    }

    private Applicant next(int i) {
        // complete, a few answers missing, many missing: both sides of every criterion, and UNKNOWN
        absent = switch (i % 3) {
            case 0 -> 0.0;
            case 1 -> 0.15;
            default -> 0.5;
        };
        LocalDate d = random.nextInt(4) == 0
                ? pick(dates).plusDays(random.nextInt(-60, 61)) : pick(dates);
        Office office = pick(Arrays.asList(Office.values()));
        LocalDate dateOfBirth = d.minusYears(age()).minusDays(random.nextInt(-1, 2));
        return new Applicant("screen-" + i, office, d, maybe(dateOfBirth.isAfter(d) ? d : dateOfBirth),
                maybe(countryList()), maybe(pick(Arrays.asList(MaritalStatus.values()))), maybe(residence(office, d)),
                maybe(protection()), maybe(d.plusDays(random.nextInt(-400, 3650))), maybe(relatives(d)),
                maybe(history(d)), maybe(employment()));
    }

    private int age() {
        return !numbers.isEmpty() && random.nextBoolean() ? Math.min(100, pick(numbers)) : random.nextInt(0, 80);
    }

    private <T> T maybe(T value) {
        return absent > 0 && random.nextDouble() < absent ? null : value;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        return maybe(pick(Arrays.asList(type.getEnumConstants())));
    }

    private Boolean yesNo() {
        return maybe(random.nextBoolean());
    }

    /** A date on or before {@code d}: a table date (or its neighbour) when one is, else days back. */
    private LocalDate before(LocalDate d) {
        LocalDate t = pick(dates);
        return !t.isAfter(d) && random.nextBoolean() ? t : d.minusDays(random.nextInt(0, 8 * 365));
    }

    private List<String> countryList() {
        int n = random.nextInt(0, 3);
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String c = pick(countries);
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private Residence residence(Office office, LocalDate d) {
        String country = random.nextBoolean() ? office.name() : pick(countries);
        return new Residence(maybe(country), pick(ResidenceStatus.class), maybe(before(d)), maybe(before(d)), yesNo());
    }

    private Protection protection() {
        List<ProtectionGround> grounds = new ArrayList<>();
        for (ProtectionGround g : ProtectionGround.values()) {
            if (random.nextInt(4) == 0) {
                grounds.add(g);
            }
        }
        List<SecurityConcern> concerns = random.nextInt(6) == 0
                ? List.of(pick(Arrays.asList(SecurityConcern.values()))) : List.of();
        return new Protection(yesNo(), yesNo(), maybe(grounds), yesNo(), yesNo(), maybe(concerns));
    }

    private List<UsRelative> relatives(LocalDate d) {
        int n = random.nextInt(0, 4);
        List<UsRelative> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            I130 i130 = random.nextInt(3) == 0 ? null : new I130(pick(I130Status.class), pick(PreferenceCategory.class),
                    pick(PetitionRole.class), maybe(pick(countries)));
            out.add(new UsRelative(pick(Arrays.asList(Relationship.values())), pick(RelativeStatus.class),
                    maybe(d.minusYears(age()).minusDays(random.nextInt(0, 365))), maybe(before(d)), yesNo(), i130));
        }
        return out;
    }

    private UsHistory history(LocalDate d) {
        return new UsHistory(yesNo(), maybe(dateList(d)), maybe(dateList(d)), maybe(dateList(d)));
    }

    private List<LocalDate> dateList(LocalDate d) {
        int n = random.nextInt(0, 3);
        List<LocalDate> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(before(d));
        }
        return out;
    }

    private Employment employment() {
        int n = random.nextInt(0, 4);
        List<JobOffer> offers = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            offers.add(new JobOffer(pick(JobKind.class), yesNo(), pick(TemporaryNeed.class),
                    maybe(Math.max(1, Math.min(120, number(36)))), pick(LaborCertification.class), yesNo(), yesNo()));
        }
        return new Employment(pick(Education.class), maybe(Math.min(80, number(31))), maybe(offers));
    }

    /** A number of the policy values or a neighbour, else one below {@code bound}. */
    private int number(int bound) {
        return !numbers.isEmpty() && random.nextBoolean() ? pick(numbers) : random.nextInt(0, bound);
    }

    /** The dates and the days either side, open ends (MIN/MAX) and absent dates left out. */
    private static void around(TreeSet<LocalDate> into, LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null && date.getYear() > 1900 && date.getYear() < 2200) {
                into.add(date.minusDays(1));
                into.add(date);
                into.add(date.plusDays(1));
            }
        }
    }
}
