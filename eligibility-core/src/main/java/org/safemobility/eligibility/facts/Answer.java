package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One answer of the applicant, with the field path it came from. Its tests are the policy's
 * atomic tests: each is UNKNOWN (listing this path) when the answer is absent, else MET or
 * NOT_MET.
 *
 * @param <T>   the answer's type
 * @param path  the field path, for example {@code residence.country}
 * @param value the answer, or {@code null} when it was not given
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Answer<T>(String path, T value) {

    public Answer {
        Objects.requireNonNull(path, "path");
    }

    public boolean isKnown() {
        return value != null;
    }

    /** The answer equals {@code expected}. */
    public Tri is(T expected) {
        return value == null ? Tri.unknown(path) : Tri.of(value.equals(expected));
    }

    /** The answer is one of {@code options}. */
    @SafeVarargs
    public final Tri isAnyOf(T... options) {
        return isIn(List.of(options));
    }

    /** The answer is one of {@code options}. */
    public Tri isIn(Collection<? extends T> options) {
        return value == null ? Tri.unknown(path) : Tri.of(options.contains(value));
    }

    /** The answer is on a list of the reference tables (policy-values.csv). */
    public Tri isIn(ValueList<T> list) {
        return value == null ? Tri.unknown(path) : Tri.of(list.contains(value));
    }

    /** The answer is among the values of another answer, a list (reads both). */
    public Tri isAmong(AnswerList<T> list) {
        if (list.values() != null && list.values().isEmpty()) {
            // Nothing is among a known-empty list (policy §3: stateless makes REF-LOCATION MET).
            return Tri.notMet();
        }
        if (value == null || list.values() == null) {
            return unknownOf(list.path(), list.values() == null);
        }
        return Tri.of(list.values().contains(value));
    }

    /** The answer equals another answer (reads both). */
    public Tri equalsAnswer(Answer<T> other) {
        if (value == null || other.value == null) {
            return unknownOf(other.path, other.value == null);
        }
        return Tri.of(value.equals(other.value));
    }

    /** A yes/no answer is yes. */
    public Tri isTrue() {
        return is(cast(Boolean.TRUE));
    }

    /** A yes/no answer is no. */
    public Tri isFalse() {
        return is(cast(Boolean.FALSE));
    }

    /** A date answer is on or before {@code limit}. */
    public Tri onOrBefore(LocalDate limit) {
        return value == null ? Tri.unknown(path) : Tri.of(!asDate().isAfter(limit));
    }

    /** A date answer is on or after {@code limit}. */
    public Tri onOrAfter(LocalDate limit) {
        return value == null ? Tri.unknown(path) : Tri.of(!asDate().isBefore(limit));
    }

    /** A number answer is at least {@code min}. */
    public Tri atLeast(int min) {
        return value == null ? Tri.unknown(path) : Tri.of(asInt() >= min);
    }

    /** A number answer is at most {@code max}. */
    public Tri atMost(int max) {
        return value == null ? Tri.unknown(path) : Tri.of(asInt() <= max);
    }

    /** A number answer is less than {@code bound}. */
    public Tri lessThan(int bound) {
        return value == null ? Tri.unknown(path) : Tri.of(asInt() < bound);
    }

    /**
     * Whole years from a date answer (a date of birth) to {@code date}, as the policy defines age:
     * {@code Period.between(dateOfBirth, date).getYears()}. Keeps this answer's path.
     */
    public Answer<Integer> yearsUntil(LocalDate date) {
        return new Answer<>(path, value == null ? null : Period.between(asDate(), date).getYears());
    }

    private Tri unknownOf(String otherPath, boolean otherAbsent) {
        if (value == null && otherAbsent) {
            return Tri.unknown(path, otherPath);
        }
        return value == null ? Tri.unknown(path) : Tri.unknown(otherPath);
    }

    private LocalDate asDate() {
        return (LocalDate) value;
    }

    private int asInt() {
        return (Integer) value;
    }

    @SuppressWarnings("unchecked")
    private T cast(Object o) {
        return (T) o;
    }

    /** Redacted: answers are personal data. */
    @Override
    public String toString() {
        return "Answer[" + path + (value == null ? " absent" : " present") + "]";
    }
}
