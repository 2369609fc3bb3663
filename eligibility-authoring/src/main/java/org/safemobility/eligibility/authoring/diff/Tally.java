package org.safemobility.eligibility.authoring.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 */
final class Tally {

    static final int SCOPES = 1 + Pathway.values().length;
    private static final int STATUSES = Status.values().length;

    /** A kept example and its place in the input, for a stable order within one severity. */
    private record Ranked(ChangedApplicant change, Severity severity, long position) {
    }

    /** Most severe first, then earlier first; the queue's head is the example to drop first. */
    private static final Comparator<Ranked> SHOWN_ORDER = Comparator.comparing(Ranked::severity)
            .thenComparingLong(Ranked::position);

    /** The counts of one office or nationality. */
    private static final class Group {
        long applicants;
        long changed;
        long gained;
        long lost;
        final long[][][] counts = new long[SCOPES][STATUSES][STATUSES];
    }

    private record MoveKey(int scope, String criterion, int from, int to) implements Comparable<MoveKey> {
        @Override
        public int compareTo(MoveKey o) {
            return Comparator.comparingInt(MoveKey::scope).thenComparing(MoveKey::criterion)
                    .thenComparingInt(MoveKey::from).thenComparingInt(MoveKey::to).compare(this, o);
        }
    }

    private final int examples;
    private final List<RowChange> rows;
    private final long[] rowReached;
    private final long[][][] counts = new long[SCOPES][STATUSES][STATUSES];
    private final Map<MoveKey, long[]> moves = new TreeMap<>();
    private final Map<String, Group> offices = new TreeMap<>();
    private final Map<String, Group> nationalities = new TreeMap<>();
    private final PriorityQueue<Ranked> shown;
    private final Set<String> failures = new LinkedHashSet<>();
    private long position;
    private long compared;
    private long changed;
    private long gained;
    private long lost;
    private long invalid;
    private long failed;

    Tally(int examples, List<RowChange> rows) {
        this.examples = examples;
        this.rows = rows;
        this.rowReached = new long[rows.size()];
        this.shown = new PriorityQueue<>(Math.max(1, examples + 1), SHOWN_ORDER.reversed());
    }

    void invalid() {
        invalid++;
    }

    void add(Screened s) {
        position++;
        if (s.failure() != null) {
            failed++;
            if (failures.size() < ImpactDiff.MAX_FAILURE_MESSAGES) {
                failures.add(s.failure());
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
        if (examples == 0) {
            return;
        }
        Ranked ranked = new Ranked(change, change.severity(), position);
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

    ImpactReport finish(String oldVersion, String newVersion, LocalDate asOf) {
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
                List.copyOf(failures), scopes(counts), criterionMoves, groups(offices), byNationality, gained, lost,
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
