package org.safemobility.eligibility.reliability;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * A copy of the rules module's generator (kept here so the two can change apart). Valid, varied,
 * obviously synthetic applicants. Dates concentrate on the policy's years
 * (2021 to 2026) so office windows, FRP windows and H-2 periods are crossed often. In
 * {@code complete} mode every field of the schema is present; otherwise any answer may be absent.
 */
final class ApplicantArbitraries {

    static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);

    private static final List<String> COUNTRIES =
            List.of("GT", "SV", "HN", "NI", "CR", "CO", "EC", "VE", "CU", "HT", "MX", "PY", "BO", "BZ", "US");

    private final boolean complete;

    private ApplicantArbitraries(boolean complete) {
        this.complete = complete;
    }

    /** Applicants with any answer possibly absent, each with its evaluation date. */
    static Arbitrary<Applicant> partial() {
        return new ApplicantArbitraries(false).applicants();
    }

    /** Applicants with every field present. */
    static Arbitrary<Applicant> complete() {
        return new ApplicantArbitraries(true).applicants();
    }

    /** {@code count} applicants drawn with a fixed seed: the same list on every run and machine. */
    static List<Applicant> sample(int count, long seed) {
        List<Applicant> out = new java.util.ArrayList<>(count);
        // outside a property, generators need a jqwik session around them
        net.jqwik.api.sessions.JqwikSession.run(() -> {
            java.util.Random random = new java.util.Random(seed);
            var generator = partial().generator(1000);
            for (int i = 0; i < count; i++) {
                out.add(generator.next(random).value());
            }
        });
        return out;
    }

    static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private <T> Arbitrary<T> maybe(Arbitrary<T> a) {
        return complete ? a : a.injectNull(0.2);
    }

    private Arbitrary<String> country() {
        return Arbitraries.of(COUNTRIES);
    }

    private <T> Arbitrary<List<T>> list(Arbitrary<T> element, int max) {
        return maybe(element.list().ofMaxSize(max));
    }

    private Arbitrary<Applicant> applicants() {
        // The evaluation date is always the applicationDate here, so every date below can be bounded by it.
        return dates(FIRST_DAY, LAST_DAY).flatMap(d -> {
            Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').ofLength(6).map(s -> "synthetic-" + s);
            Arbitrary<LocalDate> birth = dates(d.minusYears(70), d);
            Arbitrary<List<String>> nationalities = maybe(country().set().ofMaxSize(2).map(List::copyOf));
            var head = Combinators.combine(id, Arbitraries.of(Office.class), maybe(birth), nationalities,
                    maybe(Arbitraries.of(MaritalStatus.class)), maybe(residence(d)), maybe(protection()),
                    maybe(dates(d.minusYears(2), d.plusYears(8))))
                    .as(Head::new);
            return Combinators.combine(head, list(relative(d), 3), maybe(history(d)), maybe(employment()))
                    .as((h, relatives, history, employment) -> new Applicant(h.id, h.office, d, h.birth,
                            h.nationalities, h.marital, h.residence, h.protection, h.passport, relatives, history,
                            employment));
        });
    }

    private record Head(String id, Office office, LocalDate birth, List<String> nationalities, MaritalStatus marital,
                        Residence residence, Protection protection, LocalDate passport) {
    }

    private Arbitrary<Residence> residence(LocalDate d) {
        return Combinators.combine(maybe(country()), maybe(Arbitraries.of(ResidenceStatus.class)),
                maybe(dates(d.minusYears(6), d)), maybe(dates(d.minusYears(4), d)), maybe(Arbitraries.of(true, false)))
                .as(Residence::new);
    }

    private Arbitrary<Protection> protection() {
        return Combinators.combine(maybe(Arbitraries.of(true, false)), maybe(Arbitraries.of(true, false)),
                maybe(Arbitraries.of(ProtectionGround.class).set().ofMaxSize(2).map(List::copyOf)),
                maybe(Arbitraries.of(true, false)), maybe(Arbitraries.of(true, false)),
                maybe(Arbitraries.of(SecurityConcern.class).set().ofMaxSize(1).map(List::copyOf)))
                .as(Protection::new);
    }

    private Arbitrary<UsRelative> relative(LocalDate d) {
        Arbitrary<I130> i130 = Combinators.combine(maybe(Arbitraries.of(I130Status.class)),
                maybe(Arbitraries.of(PreferenceCategory.class)), maybe(Arbitraries.of(PetitionRole.class)),
                maybe(country())).as(I130::new);
        // A relative without an i130 is a real answer (no petition), so it stays possible even when complete.
        Arbitrary<I130> optionalI130 = i130.injectNull(0.3);
        return Combinators.combine(Arbitraries.of(Relationship.class), maybe(Arbitraries.of(RelativeStatus.class)),
                maybe(dates(d.minusYears(70), d.minusYears(10))), maybe(dates(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1))),
                maybe(Arbitraries.of(true, false)), optionalI130)
                .as(UsRelative::new);
    }

    private Arbitrary<UsHistory> history(LocalDate d) {
        Arbitrary<LocalDate> past = dates(d.minusYears(8), d);
        return Combinators.combine(maybe(Arbitraries.of(true, false)), list(past, 2), list(past, 2), list(past, 2))
                .as(UsHistory::new);
    }

    private Arbitrary<Employment> employment() {
        Arbitrary<JobOffer> offer = Combinators.combine(maybe(Arbitraries.of(JobKind.class)),
                maybe(Arbitraries.of(true, false)), maybe(Arbitraries.of(TemporaryNeed.class)),
                maybe(Arbitraries.integers().between(1, 24)), maybe(Arbitraries.of(LaborCertification.class)),
                maybe(Arbitraries.of(true, false)), maybe(Arbitraries.of(true, false)))
                .as(JobOffer::new);
        return Combinators.combine(maybe(Arbitraries.of(Education.class)), maybe(Arbitraries.integers().between(0, 30)),
                list(offer, 3)).as(Employment::new);
    }
}
