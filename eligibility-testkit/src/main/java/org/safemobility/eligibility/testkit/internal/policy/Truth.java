package org.safemobility.eligibility.testkit.internal.policy;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;

/**
 * The policy's three outcomes with the paths behind an UNKNOWN, written from section 1 of the
 * screening policy for the testkit's own reading of it (the rules have their own type; sharing it
 * would let a bug in it pass unseen). An atomic test that reads an absent value is UNKNOWN naming
 * that value's path; AND, OR and NOT are strong Kleene; paths are carried up only through joins
 * whose own result is UNKNOWN.
 *
 * @param outcome MET, NOT_MET or UNKNOWN
 * @param missing the absent inputs behind an UNKNOWN, sorted; empty when decided, and empty for an
 *                UNKNOWN "nothing the applicant could add would settle it"
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Truth(Outcome outcome, SortedSet<String> missing) {

    public static final Truth MET = new Truth(Outcome.MET, new TreeSet<>());
    public static final Truth NOT_MET = new Truth(Outcome.NOT_MET, new TreeSet<>());
    /** UNKNOWN with nothing missing (a PENDING certification; no H-2 list in force). */
    public static final Truth UNDECIDABLE = new Truth(Outcome.UNKNOWN, new TreeSet<>());

    public Truth {
        missing = Collections.unmodifiableSortedSet(new TreeSet<>(missing));
    }

    public static Truth of(boolean holds) {
        return holds ? MET : NOT_MET;
    }

    /** UNKNOWN because these inputs are absent. */
    public static Truth unknown(String... paths) {
        return new Truth(Outcome.UNKNOWN, new TreeSet<>(List.of(paths)));
    }

    /** An atomic test reading one value: UNKNOWN naming {@code path} when the value is absent. */
    public static <T> Truth test(String path, T value, Predicate<T> holds) {
        return value == null ? unknown(path) : of(holds.test(value));
    }

    /** An atomic test reading two values: UNKNOWN naming the absent ones. */
    public static <A, B> Truth test(String pathA, A a, String pathB, B b, BiPredicate<A, B> holds) {
        if (a == null && b == null) {
            return unknown(pathA, pathB);
        }
        if (a == null) {
            return unknown(pathA);
        }
        if (b == null) {
            return unknown(pathB);
        }
        return of(holds.test(a, b));
    }

    /** NOT_MET if any part is, MET if all are, else UNKNOWN with the UNKNOWN parts' paths. */
    public static Truth and(Truth... parts) {
        return join(List.of(parts), Outcome.NOT_MET, Outcome.MET);
    }

    /** MET if any part is, NOT_MET if all are, else UNKNOWN with the UNKNOWN parts' paths. */
    public static Truth or(Truth... parts) {
        return join(List.of(parts), Outcome.MET, Outcome.NOT_MET);
    }

    /** {@link #or} over a list, for "some entry has ..."; NOT_MET over none. */
    public static Truth any(List<Truth> parts) {
        return join(parts, Outcome.MET, Outcome.NOT_MET);
    }

    /** {@link #and} over a list, for a pathway's status; MET over none. */
    public static Truth all(List<Truth> parts) {
        return join(parts, Outcome.NOT_MET, Outcome.MET);
    }

    /** Swaps MET and NOT_MET; an UNKNOWN keeps its paths. */
    public static Truth not(Truth part) {
        return switch (part.outcome) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> part;
        };
    }

    private static Truth join(List<Truth> parts, Outcome decisive, Outcome neutral) {
        SortedSet<String> paths = new TreeSet<>();
        boolean unknown = false;
        for (Truth part : parts) {
            if (part.outcome == decisive) {
                return decisive == Outcome.MET ? MET : NOT_MET;
            }
            if (part.outcome == Outcome.UNKNOWN) {
                unknown = true;
                paths.addAll(part.missing);
            }
        }
        if (!unknown) {
            return neutral == Outcome.MET ? MET : NOT_MET;
        }
        return new Truth(Outcome.UNKNOWN, paths);
    }

    @Override
    public String toString() {
        return outcome == Outcome.UNKNOWN ? "UNKNOWN " + missing : outcome.name();
    }
}
