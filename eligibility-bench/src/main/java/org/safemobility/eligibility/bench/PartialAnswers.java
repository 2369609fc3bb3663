package org.safemobility.eligibility.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.UsHistory;

/**
 * Applicants part of the way through an interview: complete generated applicants with a random
 * share of their answers blanked out (from none to all, drawn per applicant, so early and late
 * interviews are both there), plus a few of the blanked fields declined. {@code id}, {@code office}
 * and {@code applicationDate} are never blanked: the interview is given them, it does not ask them.
 * The same seed always gives the same interviews.
 *
 * @param answers  the answers so far
 * @param declined field paths the applicant was asked and would not answer
 */
public record PartialAnswers(Applicant answers, List<String> declined) {

    /** Of the blanked fields, the share the applicant declined rather than was not yet asked. */
    private static final double DECLINED = 0.1;

    /** {@code size} interviews from {@code seed}. */
    public static List<PartialAnswers> of(long seed, int size) {
        // not the population's own seed: the blanks must not echo the population's draws
        SplittableRandom random = new SplittableRandom(~seed);
        List<PartialAnswers> out = new ArrayList<>(size);
        for (Applicant a : Population.complete(seed, size)) {
            out.add(blank(a, random));
        }
        return out;
    }

    /** {@code complete} with each answer blanked at a rate drawn for it, and a tenth of those declined. */
    static PartialAnswers blank(Applicant complete, SplittableRandom random) {
        return new Blanker(random, random.nextDouble()).blank(complete);
    }

    /** Blanks each answer with one probability and remembers the paths it blanked. */
    private static final class Blanker {
        private final SplittableRandom random;
        private final double rate;
        private final List<String> declined = new ArrayList<>();

        Blanker(SplittableRandom random, double rate) {
            this.random = random;
            this.rate = rate;
        }

        PartialAnswers blank(Applicant a) {
            Residence r = a.residence();
            Protection p = a.protection();
            UsHistory h = a.usHistory();
            Employment e = a.employment();
            Applicant partial = new Applicant(a.id(), a.office(), a.applicationDate(),
                    keep("dateOfBirth", a::dateOfBirth),
                    keep("nationalities", a::nationalities),
                    keep("maritalStatus", a::maritalStatus),
                    new Residence(keep("residence.country", r::country), keep("residence.status", r::status),
                            keep("residence.arrivalDate", r::arrivalDate),
                            keep("residence.asylumRegistrationDate", r::asylumRegistrationDate),
                            keep("residence.appliedForRegularization", r::appliedForRegularization)),
                    new Protection(keep("protection.pastPersecution", p::pastPersecution),
                            keep("protection.fearOfPersecution", p::fearOfPersecution),
                            keep("protection.grounds", p::grounds),
                            keep("protection.participatedInPersecution", p::participatedInPersecution),
                            keep("protection.firmResettlementOffer", p::firmResettlementOffer),
                            keep("protection.securityConcerns", p::securityConcerns)),
                    keep("passportExpiryDate", a::passportExpiryDate),
                    keep("usRelatives", a::usRelatives),
                    new UsHistory(keep("usHistory.immigrantVisaIssued", h::immigrantVisaIssued),
                            keep("usHistory.irregularEntryDates", h::irregularEntryDates),
                            keep("usHistory.interdictionDates", h::interdictionDates),
                            keep("usHistory.removalOrderDates", h::removalOrderDates)),
                    new Employment(keep("employment.education", e::education),
                            keep("employment.experienceYears", e::experienceYears),
                            keep("employment.jobOffers", e::jobOffers)));
            return new PartialAnswers(partial, Collections.unmodifiableList(declined));
        }

        private <T> T keep(String path, Supplier<T> answer) {
            if (random.nextDouble() >= rate) {
                return answer.get();
            }
            if (random.nextDouble() < DECLINED) {
                declined.add(path);
            }
            return null;
        }
    }
}
