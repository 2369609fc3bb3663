package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A list answer with its field path. {@code null} values mean the list was not answered (UNKNOWN
 * for every test); an empty list is a known "none".
 *
 * @param <T>    the element type
 * @param path   the field path, for example {@code nationalities}
 * @param values the answer, or {@code null}
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record AnswerList<T>(String path, List<T> values) {

    public AnswerList {
        Objects.requireNonNull(path, "path");
    }

    public boolean isKnown() {
        return values != null;
    }

    /** The list holds at least one of {@code options}. */
    public Tri containsAnyOf(Collection<? extends T> options) {
        if (values == null) {
            return Tri.unknown(path);
        }
        for (T v : values) {
            if (options.contains(v)) {
                return Tri.met();
            }
        }
        return Tri.notMet();
    }

    /** The list holds at least one value of a list of the reference tables (policy-values.csv). */
    public Tri containsAnyOf(ValueList<T> list) {
        if (values == null) {
            return Tri.unknown(path);
        }
        for (T v : values) {
            if (list.contains(v)) {
                return Tri.met();
            }
        }
        return Tri.notMet();
    }

    /** The list holds at least one of {@code options}. */
    @SafeVarargs
    public final Tri containsAnyOf(T... options) {
        return containsAnyOf(List.of(options));
    }

    /** The list holds {@code element}. */
    public Tri contains(T element) {
        return values == null ? Tri.unknown(path) : Tri.of(values.contains(element));
    }

    /** The list is known and empty. */
    public Tri isEmpty() {
        return values == null ? Tri.unknown(path) : Tri.of(values.isEmpty());
    }

    /** No date in the list is after {@code limit}. */
    public Tri noneAfter(LocalDate limit) {
        if (values == null) {
            return Tri.unknown(path);
        }
        for (T v : values) {
            if (((LocalDate) v).isAfter(limit)) {
                return Tri.notMet();
            }
        }
        return Tri.met();
    }

    /** No date in the list is on or after {@code limit}. */
    public Tri noneOnOrAfter(LocalDate limit) {
        if (values == null) {
            return Tri.unknown(path);
        }
        for (T v : values) {
            if (!((LocalDate) v).isBefore(limit)) {
                return Tri.notMet();
            }
        }
        return Tri.met();
    }

    /** Redacted: answers are personal data. */
    @Override
    public String toString() {
        return "AnswerList[" + path + (values == null ? " absent" : " present") + "]";
    }
}
