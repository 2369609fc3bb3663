package org.safemobility.eligibility.testkit.internal.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.UsHistory;

/**
 * The applicant's answers as the policy's atomic tests read them: {@code null} when absent, also
 * when the parent object is absent (section 1: an absent value is named by its own path), and the
 * few atomic tests that several sections share.
 */
final class Inputs {

    private Inputs() {
    }

    /** Section 1: age is {@code Period.between(dateOfBirth, D).getYears()}. */
    static int age(LocalDate dateOfBirth, LocalDate d) {
        return Period.between(dateOfBirth, d).getYears();
    }

    /** "{@code dateOfBirth} gives an age on D of at least {@code years}", an atomic test on {@code path}. */
    static Truth agedAtLeast(String path, LocalDate dateOfBirth, LocalDate d, int years) {
        return Truth.test(path, dateOfBirth, dob -> age(dob, d) >= years);
    }

    /** "the list holds one of {@code options}", an atomic test; an empty list holds none. */
    static <T> Truth includesOneOf(String path, List<T> list, Set<?> options) {
        return Truth.test(path, list, l -> l.stream().anyMatch(options::contains));
    }

    /** "the value is one of {@code options}", an atomic test. */
    static <T> Truth isOneOf(String path, T value, Set<?> options) {
        return Truth.test(path, value, options::contains);
    }

    /**
     * "{@code residence.country} is among {@code nationalities}", an atomic test reading both; nothing
     * is among a known-empty list (section 3: a stateless applicant makes REF-LOCATION MET, whatever
     * else is known).
     */
    static Truth livesInACountryOfNationality(Applicant a) {
        List<String> nationalities = a.nationalities();
        if (nationalities != null && nationalities.isEmpty()) {
            return Truth.NOT_MET;
        }
        return Truth.test("residence.country", country(a), "nationalities", nationalities, (c, n) -> n.contains(c));
    }

    static String country(Applicant a) {
        Residence r = a.residence();
        return r == null ? null : r.country();
    }

    static ResidenceStatus residenceStatus(Applicant a) {
        Residence r = a.residence();
        return r == null ? null : r.status();
    }

    static LocalDate arrivalDate(Applicant a) {
        Residence r = a.residence();
        return r == null ? null : r.arrivalDate();
    }

    static LocalDate asylumRegistrationDate(Applicant a) {
        Residence r = a.residence();
        return r == null ? null : r.asylumRegistrationDate();
    }

    static Boolean appliedForRegularization(Applicant a) {
        Residence r = a.residence();
        return r == null ? null : r.appliedForRegularization();
    }

    static Protection protection(Applicant a) {
        return a.protection() == null ? new Protection(null, null, null, null, null, null) : a.protection();
    }

    static UsHistory usHistory(Applicant a) {
        return a.usHistory() == null ? new UsHistory(null, null, null, null) : a.usHistory();
    }

    static Employment employment(Applicant a) {
        return a.employment() == null ? new Employment(null, null, null) : a.employment();
    }

    /** {@code employment.jobOffers}, or {@code null} when absent. */
    static List<JobOffer> jobOffers(Applicant a) {
        return employment(a).jobOffers();
    }
}
