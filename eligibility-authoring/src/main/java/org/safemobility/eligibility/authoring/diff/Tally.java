package org.safemobility.eligibility.authoring.diff;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;

/**
 * The counts of one comparison, fed screened applicants in input order. Holds only counts, bounded
 * by the number of scopes, criteria, offices and nationalities, and the most severe examples in a
 * priority queue of at most K entries: memory does not grow with the population.
 *
 * <p>Tallies of slices of one population {@link #merge} into the tally of the whole: counts add,
 * and the failures and examples kept are those the whole would keep, because each remembers its
 * position in the input. Serializable (a Spark executor ships its slice's tally to the driver);
 * the examples travel in a form of their own ({@link SerialChange}), as an applicant is no
 * {@link Serializable}.
 */
final class Tally implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int SCOPES = 1 + Pathway.values().length;
    private static final int STATUSES = Status.values().length;

    /** A kept example and its place in the input, for a stable order within one severity. */
    private record Ranked(ChangedApplicant change, Severity severity, long position) {
    }

    /** Most severe first, then earlier first; the queue's head is the example to drop first. */
    private static final Comparator<Ranked> SHOWN_ORDER = Comparator.comparing(Ranked::severity)
            .thenComparingLong(Ranked::position);

    /** The counts of one office or nationality. */
    private static final class Group implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        long applicants;
        long changed;
        long gained;
        long lost;
        final long[][][] counts = new long[SCOPES][STATUSES][STATUSES];
    }

    private record MoveKey(int scope, String criterion, int from, int to) implements Comparable<MoveKey>, Serializable {
        @Override
        public int compareTo(MoveKey o) {
            return Comparator.comparingInt(MoveKey::scope).thenComparing(MoveKey::criterion)
                    .thenComparingInt(MoveKey::from).thenComparingInt(MoveKey::to).compare(this, o);
        }
    }

    private final int examples;
    private final long[] rowReached;
    private final long[][][] counts = new long[SCOPES][STATUSES][STATUSES];
    private final TreeMap<MoveKey, long[]> moves = new TreeMap<>();
    private final TreeMap<String, Group> offices = new TreeMap<>();
    private final TreeMap<String, Group> nationalities = new TreeMap<>();
    /** Written by {@link #writeObject} through {@link SerialChange}: its comparator is no Serializable. */
    private transient PriorityQueue<Ranked> shown;
    /** The first distinct failure messages, each with the position it first came at, in that order. */
    private LinkedHashMap<String, Long> failures = new LinkedHashMap<>();
    /** The position of the last applicant added; the next one's is one more. */
    private long position;
    private long compared;
    private long changed;
    private long gained;
    private long lost;
    private long invalid;
    private long failed;

    /**
     * An empty tally whose first applicant comes at {@code firstPosition}.
     *
     * @param examples how many of the most severe changes to keep
     * @param rows how many changed table rows to count the reach of
     * @param firstPosition the position of the first applicant added, 0 or more
     */
    Tally(int examples, int rows, long firstPosition) {
        if (firstPosition < 0) {
            throw new IllegalArgumentException("firstPosition must be 0 or more, got " + firstPosition);
        }
        this.examples = examples;
        this.rowReached = new long[rows];
        this.shown = emptyQueue(examples);
        this.position = firstPosition - 1;
    }

    private static PriorityQueue<Ranked> emptyQueue(int examples) {
        return new PriorityQueue<>(Math.max(1, examples + 1), SHOWN_ORDER.reversed());
    }

    int examples() {
        return examples;
    }

    int rows() {
        return rowReached.length;
    }

    void invalid() {
        invalid++;
    }

    void add(Screened s) {
        position++;
        if (s.failure() != null) {
            failed++;
            if (failures.size() < ImpactDiff.MAX_FAILURE_MESSAGES) {
                failures.putIfAbsent(s.failure(), position);
            }
            return;
        }
        compared++;
        for (int scope = 0; scope < SCOPES; scope++) {
            counts[scope][s.before()[scope]][s.after()[scope]]++;
        }
        for (int r : s.reached()) {
            rowReached[r]++;
        }
        ChangedApplicant change = s.change();
        boolean gains = change != null && change.gainsPathway();
        boolean loses = change != null && change.losesPathway();
        if (change != null) {
            changed++;
            gained += gains ? 1 : 0;
            lost += loses ? 1 : 0;
            countMoves(change);
            keep(change);
        }
        group(offices, s.applicant().office().name(), s, gains, loses);
        List<String> held = s.applicant().nationalities();
        if (held == null || held.isEmpty()) {
            group(nationalities, GroupImpact.STATELESS, s, gains, loses);
        } else {
            for (String n : new LinkedHashSet<>(held)) {
                group(nationalities, n, s, gains, loses);
            }
        }
    }

    private void countMoves(ChangedApplicant change) {
        Set<MoveKey> seen = new HashSet<>();
        for (CriterionChange c : change.criterionChanges()) {
            MoveKey key = new MoveKey(scopeIndex(c.scope()), c.criterion(), outcomeIndex(c.oldOutcome()),
                    outcomeIndex(c.newOutcome()));
            if (seen.add(key)) {
                moves.computeIfAbsent(key, k -> new long[1])[0]++;
            }
        }
    }

    private void keep(ChangedApplicant change) {
        keep(new Ranked(change, change.severity(), position));
    }

    private void keep(Ranked ranked) {
        if (examples == 0) {
            return;
        }
        if (shown.size() < examples) {
            shown.add(ranked);
        } else if (SHOWN_ORDER.compare(ranked, shown.peek()) < 0) {
            shown.poll();
            shown.add(ranked);
        }
    }

    private static void group(Map<String, Group> groups, String name, Screened s, boolean gains, boolean loses) {
        Group g = groups.computeIfAbsent(name, n -> new Group());
        g.applicants++;
        g.changed += s.change() != null ? 1 : 0;
        g.gained += gains ? 1 : 0;
        g.lost += loses ? 1 : 0;
        for (int scope = 0; scope < SCOPES; scope++) {
            g.counts[scope][s.before()[scope]][s.after()[scope]]++;
        }
    }

    /**
     * Adds the counts of {@code other}, a tally of another slice of the same population (the same
     * examples and rows, positions apart): counts add, groups and criterion moves merge, the
     * failure messages are the first distinct ones of both by position, and the examples the most
     * severe of both by the same order as {@link #add}. {@code other} is left as it was.
     *
     * @param other the tally to add
     * @throws IllegalArgumentException when it keeps another number of examples or rows
     */
    void merge(Tally other) {
        if (other.examples != examples || other.rowReached.length != rowReached.length) {
            throw new IllegalArgumentException("tallies of different diffs: examples " + examples + " and "
                    + other.examples + ", rows " + rowReached.length + " and " + other.rowReached.length);
        }
        compared += other.compared;
        changed += other.changed;
        gained += other.gained;
        lost += other.lost;
        invalid += other.invalid;
        failed += other.failed;
        add(counts, other.counts);
        for (int i = 0; i < rowReached.length; i++) {
            rowReached[i] += other.rowReached[i];
        }
        other.moves.forEach((k, n) -> moves.computeIfAbsent(k, key -> new long[1])[0] += n[0]);
        mergeGroups(offices, other.offices);
        mergeGroups(nationalities, other.nationalities);
        mergeFailures(other.failures);
        other.shown.forEach(this::keep);
        position = Math.max(position, other.position);
    }

    private static void add(long[][][] into, long[][][] from) {
        for (int scope = 0; scope < SCOPES; scope++) {
            for (int b = 0; b < STATUSES; b++) {
                for (int a = 0; a < STATUSES; a++) {
                    into[scope][b][a] += from[scope][b][a];
                }
            }
        }
    }

    private static void mergeGroups(Map<String, Group> into, Map<String, Group> from) {
        from.forEach((name, g) -> {
            Group sum = into.computeIfAbsent(name, n -> new Group());
            sum.applicants += g.applicants;
            sum.changed += g.changed;
            sum.gained += g.gained;
            sum.lost += g.lost;
            add(sum.counts, g.counts);
        });
    }

    /**
     * Each message at the earliest position either side saw it at, the first
     * {@value ImpactDiff#MAX_FAILURE_MESSAGES} by position: what one tally of the whole input would
     * have kept, since a message among those is among the first of the slice it first came in.
     */
    private void mergeFailures(Map<String, Long> other) {
        Map<String, Long> all = new LinkedHashMap<>(failures);
        other.forEach((message, at) -> all.merge(message, at, Math::min));
        LinkedHashMap<String, Long> kept = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(ImpactDiff.MAX_FAILURE_MESSAGES)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        failures = kept;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(shown.size());
        for (Ranked r : shown) {
            out.writeLong(r.position());
            SerialChange.write(out, r.change());
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        shown = emptyQueue(examples);
        int n = in.readInt();
        if (n < 0 || n > examples) {
            throw new java.io.InvalidObjectException("a tally keeps 0 to " + examples + " examples, got " + n);
        }
        for (int i = 0; i < n; i++) {
            long at = in.readLong();
            ChangedApplicant change = SerialChange.read(in);
            shown.add(new Ranked(change, change.severity(), at));
        }
    }

    ImpactReport finish(String oldVersion, String newVersion, LocalDate asOf, List<RowChange> rows) {
        if (rows.size() != rowReached.length) {
            throw new IllegalArgumentException("the tally counts " + rowReached.length + " rows, the diff has "
                    + rows.size());
        }
        List<ChangedApplicant> kept = new ArrayList<>(shown.stream().sorted(SHOWN_ORDER).map(Ranked::change).toList());
        List<CriterionMove> criterionMoves = new ArrayList<>();
        moves.forEach((k, n) -> criterionMoves.add(new CriterionMove(scopeName(k.scope()), k.criterion(),
                outcome(k.from()), outcome(k.to()), n[0])));
        List<RowChange> reached = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            reached.add(rows.get(i).withReached(rowReached[i]));
        }
        List<GroupImpact> byNationality = groups(nationalities);
        // stateless last: a code sorts before the word
        byNationality.sort(Comparator.comparing((GroupImpact g) -> g.group().equals(GroupImpact.STATELESS))
                .thenComparing(GroupImpact::group));
        return new ImpactReport(oldVersion, newVersion, asOf, compared, changed, invalid, failed,
                List.copyOf(failures.keySet()), scopes(counts), criterionMoves, groups(offices), byNationality, gained, lost,
                reached, kept);
    }

    private static List<GroupImpact> groups(Map<String, Group> groups) {
        List<GroupImpact> out = new ArrayList<>();
        groups.forEach((name, g) -> out.add(new GroupImpact(name, g.applicants, g.changed, g.gained, g.lost,
                scopes(g.counts))));
        return out;
    }

    private static List<ScopeImpact> scopes(long[][][] counts) {
        List<ScopeImpact> scopes = new ArrayList<>();
        for (int i = 0; i < SCOPES; i++) {
            scopes.add(ScopeImpact.of(scopeName(i), counts[i]));
        }
        return scopes;
    }

    static String scopeName(int index) {
        return index == 0 ? ImpactReport.ACCESS : Pathway.values()[index - 1].name();
    }

    static int scopeIndex(String scope) {
        return ImpactReport.ACCESS.equals(scope) ? 0 : 1 + Pathway.valueOf(scope).ordinal();
    }

    /** Outcome order, with "absent" last. */
    private static int outcomeIndex(Outcome o) {
        return o == null ? Outcome.values().length : o.ordinal();
    }

    private static Outcome outcome(int index) {
        return index == Outcome.values().length ? null : Outcome.values()[index];
    }
}
