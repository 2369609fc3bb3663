package org.safemobility.eligibility.facts;

import java.util.List;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;

/**
 * A three-valued truth value with the field paths whose absence left it undecided.
 *
 * <p>The joins follow strong Kleene logic (policy section 1): {@link #and} is NOT_MET if any part
 * is NOT_MET, MET if all are MET, else UNKNOWN; {@link #or} is MET if any part is MET, NOT_MET if
 * all are NOT_MET, else UNKNOWN; {@link #not} swaps MET and NOT_MET. Missing paths are carried up
 * only through joins whose own result is UNKNOWN, so a decided value never lists any.
 *
 * @param outcome the value
 * @param missing sorted, distinct field paths; empty unless the outcome is UNKNOWN
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Tri(Outcome outcome, List<String> missing) {

    private static final Tri MET = new Tri(Outcome.MET, List.of());
    private static final Tri NOT_MET = new Tri(Outcome.NOT_MET, List.of());
    private static final Tri UNDECIDABLE = new Tri(Outcome.UNKNOWN, List.of());

    public Tri {
        missing = List.copyOf(missing);
        if (outcome != Outcome.UNKNOWN && !missing.isEmpty()) {
            throw new IllegalArgumentException("a decided value lists no missing paths");
        }
    }

    public static Tri met() {
        return MET;
    }

    public static Tri notMet() {
        return NOT_MET;
    }

    /** MET when the condition holds, else NOT_MET. */
    public static Tri of(boolean condition) {
        return condition ? MET : NOT_MET;
    }

    /** UNKNOWN because the given answers are absent. */
    public static Tri unknown(String... missingPaths) {
        if (missingPaths.length == 0) {
            return UNDECIDABLE;
        }
        if (missingPaths.length == 1) {
            return new Tri(Outcome.UNKNOWN, List.of(missingPaths[0]));
        }
        TreeSet<String> sorted = new TreeSet<>(List.of(missingPaths));
        return new Tri(Outcome.UNKNOWN, List.copyOf(sorted));
    }

    /** UNKNOWN with nothing missing: nothing the applicant could add would settle it yet. */
    public static Tri undecidable() {
        return UNDECIDABLE;
    }

    /**
     * An atomic test that reads several answers: UNKNOWN listing the absent ones when any is
     * absent, else MET when {@code holds}. Guard {@code holds} so it is computable when an answer
     * is absent; its value is then ignored.
     */
    public static Tri reading(boolean holds, Answer<?>... reads) {
        TreeSet<String> absent = new TreeSet<>();
        for (Answer<?> read : reads) {
            if (!read.isKnown()) {
                absent.add(read.path());
            }
        }
        return absent.isEmpty() ? of(holds) : new Tri(Outcome.UNKNOWN, List.copyOf(absent));
    }

    public static Tri and(Tri... parts) {
        return and(List.of(parts));
    }

    public static Tri and(List<Tri> parts) {
        boolean unknown = false;
        for (Tri part : parts) {
            if (part.outcome == Outcome.NOT_MET) {
                return NOT_MET;
            }
            unknown |= part.outcome == Outcome.UNKNOWN;
        }
        return unknown ? unknownOf(parts) : MET;
    }

    public static Tri or(Tri... parts) {
        return or(List.of(parts));
    }

    public static Tri or(List<Tri> parts) {
        boolean unknown = false;
        for (Tri part : parts) {
            if (part.outcome == Outcome.MET) {
                return MET;
            }
            unknown |= part.outcome == Outcome.UNKNOWN;
        }
        return unknown ? unknownOf(parts) : NOT_MET;
    }

    public static Tri not(Tri part) {
        return switch (part.outcome) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> part;
        };
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }

    public boolean isNotMet() {
        return outcome == Outcome.NOT_MET;
    }

    public boolean isUnknown() {
        return outcome == Outcome.UNKNOWN;
    }

    private static Tri unknownOf(List<Tri> parts) {
        TreeSet<String> paths = new TreeSet<>();
        for (Tri part : parts) {
            if (part.outcome == Outcome.UNKNOWN) {
                paths.addAll(part.missing);
            }
        }
        return paths.isEmpty() ? UNDECIDABLE : new Tri(Outcome.UNKNOWN, List.copyOf(paths));
    }
}
