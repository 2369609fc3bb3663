package org.safemobility.eligibility.authoring.diff;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Screens the same applicants under two rule sets and says what changed: the change-impact diff an
 * analyst runs after editing a copy of the rules (an office window, a served nationality, an FRP
 * window) to see exactly which applicants the edit affects, and how.
 *
 * <pre>{@code
 * EligibilityEngine before = EligibilityEngine.builder().rulesFolder(Path.of("rules")).build();
 * EligibilityEngine after = EligibilityEngine.builder().rulesFolder(Path.of("rules-edited")).build();
 * ImpactReport impact = ImpactDiff.between(before, after).asOf(LocalDate.of(2024, 9, 1)).build()
 *         .compare(applicants);
 * impact.pathway(Pathway.REFUGEE_RESETTLEMENT).count(Status.ELIGIBLE, Status.NOT_ELIGIBLE);
 * impact.examples();   // the most severe changed applicants, with their inputs and changed criteria
 * }</pre>
 *
 * <p><b>Memory.</b> Applicants are screened in chunks ({@link Builder#chunkSize(int)}) and only the
 * counts and the {@link Builder#examples(int)} most severe changed applicants are kept (a bounded
 * priority queue), so a population
 * of any size passes through in constant memory when it comes as an {@link Iterator} or through a
 * {@link Comparison}.
 *
 * <p><b>Invalid applicants</b> (those the engine would reject, see
 * {@link EligibilityEngine#validate}) are skipped and counted, never compared; neither the count nor
 * anything else here carries applicant data. An applicant either rule set fails on
 * ({@link org.safemobility.eligibility.ScreeningResult.Failed}, the {@link EvaluationException}
 * {@code evaluate} would throw) is counted as failed, with the failure's message, and not compared;
 * the others still are, even those screened in the same rule session.
 *
 * <p><b>Threading.</b> An {@code ImpactDiff} is immutable and thread-safe: any number of threads
 * may compare populations with it at once, each with a {@link Comparison} of its own. A
 * {@link Comparison} is for one thread.
 *
 * <p><b>Slices.</b> A population too big for one machine is compared in {@link Slice}s, one per
 * task of a cluster ({@link #slice(long)}); the slices are serializable, merge in any order, and
 * {@link #finish(Slice)} makes of them the report {@link #compare} makes of the whole.
 *
 * <p><b>Stability.</b> Experimental: the types of this package may still change between minor
 * versions.
 */
public final class ImpactDiff {

    /** How many changed applicants a report shows unless told otherwise. */
    public static final int DEFAULT_EXAMPLES = 10;

    /** Applicants screened together in one call of each engine unless told otherwise. */
    public static final int DEFAULT_CHUNK_SIZE = 256;

    /** The most distinct failure messages a report keeps. */
    public static final int MAX_FAILURE_MESSAGES = 10;

    private static final int MAX_CHUNK_SIZE = 65_536;

    private final EligibilityEngine oldRules;
    private final EligibilityEngine newRules;
    private final LocalDate asOf;
    private final int examples;
    private final int chunkSize;
    private final int threads;
    private final List<RowChange> rowChanges;

    private ImpactDiff(Builder b) {
        this.oldRules = b.oldRules;
        this.newRules = b.newRules;
        this.asOf = b.asOf;
        this.examples = b.examples;
        this.chunkSize = b.chunkSize;
        this.threads = b.threads;
        this.rowChanges = b.oldTables == null ? List.of() : TableDiff.between(b.oldTables, b.newTables);
    }

    /**
     * The table rows the edit changed, as every report of this diff lists them (reached 0 here).
     *
     * @return the changed rows, in table and row order; empty without {@link Builder#tables}
     */
    public List<RowChange> rowChanges() {
        return rowChanges;
    }

    /**
     * Starts configuring a diff from {@code oldRules} to {@code newRules}.
     *
     * @param oldRules the engine with the rules as they are
     * @param newRules the engine with the rules as edited
     * @return a builder for the diff, with the defaults set
     */
    public static Builder between(EligibilityEngine oldRules, EligibilityEngine newRules) {
        return new Builder(Objects.requireNonNull(oldRules, "oldRules"), Objects.requireNonNull(newRules, "newRules"));
    }

    /**
     * Compares every applicant of {@code applicants}, in order.
     *
     * @param applicants the applicants to screen under both rule sets
     * @return the counts per scope, the invalid and failed applicants, and the most severe changes
     * @throws NullPointerException when an applicant is null
     */
    public ImpactReport compare(Iterable<? extends Applicant> applicants) {
        Objects.requireNonNull(applicants, "applicants");
        return compare(applicants.iterator());
    }

    /**
     * Compares the applicants {@code applicants} yields, in order, holding one chunk at a time.
     *
     * @param applicants the applicants to screen under both rule sets; read once
     * @return the counts per scope, the invalid and failed applicants, and the most severe changes
     * @throws NullPointerException when an applicant is null
     */
    public ImpactReport compare(Iterator<? extends Applicant> applicants) {
        Objects.requireNonNull(applicants, "applicants");
        Comparison comparison = start();
        while (applicants.hasNext()) {
            comparison.add(applicants.next());
        }
        return comparison.finish();
    }

    /**
     * Starts a comparison that is fed one applicant at a time: for callers that read applicants
     * from a file and want to count the ones they could not read with the invalid ones.
     *
     * @return a new, empty comparison, for the calling thread
     */
    public Comparison start() {
        return new Comparison(asOf != null ? asOf : LocalDate.now());
    }

    /**
     * Starts one slice of a population too big for one comparison: each slice screens its part on
     * the calling thread (whoever splits the population gives the parallelism, one slice per task),
     * the slices {@link Slice#merge} in any order, and {@link #finish(Slice)} makes the report
     * {@link #compare} would have made of the whole.
     *
     * <pre>{@code
     * // on each executor, for partition p:
     * ImpactDiff.Slice slice = diff.slice((long) p << 40);
     * partition.forEachRemaining(slice::add);
     * // on the driver:
     * ImpactReport impact = diff.finish(slices.reduce(ImpactDiff.Slice::merge));
     * }</pre>
     *
     * <p>Positions order the examples of one severity across slices: give each slice a first
     * position past every position of the slices before it in input order ({@code partition << 40}
     * leaves room for 2<sup>40</sup> applicants a slice). Slices that overlap still merge; only the
     * order of equally severe examples would differ from {@link #compare}'s.
     *
     * <p>Slices made on different days need {@link Builder#asOf} (they would screen on different
     * dates, and do not merge).
     *
     * @param firstPosition the input position of the slice's first applicant, 0 or more
     * @return a new, empty slice, for the calling thread
     * @throws IllegalArgumentException when {@code firstPosition} is negative
     */
    public Slice slice(long firstPosition) {
        return new Slice(this, asOf != null ? asOf : LocalDate.now(),
                new Tally(examples, rowChanges.size(), firstPosition));
    }

    /**
     * The report of a slice, usually the merge of every slice of a population: the same as
     * {@link #compare} of the whole population. The slice is left as it was (its pending
     * applicants screened).
     *
     * @param merged the slice, from this diff or one built alike (the same rules, examples and tables)
     * @return the counts per scope, the invalid and failed applicants, and the most severe changes
     * @throws IllegalArgumentException when the slice keeps another number of examples or table rows
     *                                  than this diff
     */
    public ImpactReport finish(Slice merged) {
        Objects.requireNonNull(merged, "merged");
        merged.flush();
        if (merged.tally.examples() != examples) {
            throw new IllegalArgumentException("the slice keeps " + merged.tally.examples() + " examples, this diff "
                    + examples);
        }
        return merged.tally.finish(oldRules.rulesetVersion(), newRules.rulesetVersion(), merged.date, rowChanges);
    }

    /**
     * One comparison in progress: {@link #add} applicants, then {@link #finish()}. Not thread-safe;
     * used once. With {@link Builder#threads(int)} above 1 it screens chunks on threads of its own,
     * which {@link #finish()} stops; the result is the same as on one thread.
     */
    public final class Comparison {
        private final LocalDate date;
        private final Tally tally = new Tally(examples, rowChanges.size(), 1);
        private final ExecutorService pool;
        private final ArrayDeque<Future<List<Screened>>> inFlight = new ArrayDeque<>();
        private List<Applicant> pending = new ArrayList<>();
        private boolean finished;

        private Comparison(LocalDate date) {
            this.date = date;
            this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
        }

        /**
         * Adds one applicant: it is compared, or skipped and counted as invalid when it breaks the
         * applicant contract on its evaluation date.
         *
         * @param applicant the applicant to compare
         * @return the violations that made it invalid (field paths and codes, no values), or an
         *         empty list when it is compared
         * @throws IllegalStateException when the comparison is finished
         */
        public List<Violation> add(Applicant applicant) {
            Objects.requireNonNull(applicant, "applicant");
            checkOpen();
            // the contract does not depend on the rules: one engine's judgement is both engines'
            List<Violation> violations = oldRules.validate(applicant, date);
            if (!violations.isEmpty()) {
                tally.invalid();
                return violations;
            }
            pending.add(applicant);
            if (pending.size() >= chunkSize) {
                flushPending();
            }
            return List.of();
        }

        /**
         * Counts an input the caller could not even read as an applicant (malformed JSON) as invalid.
         *
         * @throws IllegalStateException when the comparison is finished
         */
        public void skipUnreadable() {
            checkOpen();
            tally.invalid();
        }

        /**
         * Compares what is still pending and returns the result. The comparison cannot be used
         * afterwards.
         *
         * @return the result of every applicant added
         * @throws IllegalStateException when called twice
         */
        public ImpactReport finish() {
            checkOpen();
            finished = true;
            try {
                flushPending();
                while (!inFlight.isEmpty()) {
                    drainOne();
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            return tally.finish(oldRules.rulesetVersion(), newRules.rulesetVersion(), date, rowChanges);
        }

        private void checkOpen() {
            if (finished) {
                throw new IllegalStateException("the comparison is finished");
            }
        }

        /** Sends the pending chunk to be screened, on this thread or the pool. */
        private void flushPending() {
            if (pending.isEmpty()) {
                return;
            }
            List<Applicant> chunk = pending;
            pending = new ArrayList<>(chunkSize);
            if (pool == null) {
                screen(chunk).forEach(tally::add);
                return;
            }
            while (inFlight.size() >= 2 * threads) {
                drainOne();
            }
            inFlight.add(pool.submit(() -> screen(chunk)));
        }

        private void drainOne() {
            Future<List<Screened>> next = inFlight.poll();
            try {
                next.get().forEach(tally::add);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while comparing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private List<Screened> screen(List<Applicant> chunk) {
            return ImpactDiff.this.screen(chunk, date);
        }
    }

    /**
     * One slice of a population, screened on the calling thread: {@link #add} its applicants, then
     * send it where the slices meet, {@link #merge} them and {@link ImpactDiff#finish(Slice)}.
     * Made by {@link ImpactDiff#slice(long)}; not thread-safe.
     *
     * <p><b>Serializable</b>: it carries its date and counts, the first failure messages and the
     * most severe changed applicants with their inputs, never the engines. It holds its diff only
     * while it takes applicants; a slice read back from a stream, or made by {@link #merge}, takes
     * none, and only merges and finishes. Serializing it first screens the applicants it still
     * holds (a chunk at most), on the serializing thread.
     */
    public static final class Slice implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private transient ImpactDiff diff;
        private transient List<Applicant> pending;
        /** The date applicants without an {@code applicationDate} were screened on. */
        private final LocalDate date;
        /** The counts, failure messages and examples of the applicants added or merged. */
        private final Tally tally;

        private Slice(ImpactDiff diff, LocalDate date, Tally tally) {
            this.diff = diff;
            this.pending = diff == null ? null : new ArrayList<>();
            this.date = date;
            this.tally = tally;
        }

        /**
         * Adds one applicant: it is compared, or skipped and counted as invalid when it breaks the
         * applicant contract on its evaluation date. Screened a chunk at a time, as in
         * {@link Comparison#add}.
         *
         * @param applicant the applicant to compare
         * @return the violations that made it invalid (field paths and codes, no values), or an
         *         empty list when it is compared
         * @throws IllegalStateException when the slice was merged or read back from a stream
         */
        public List<Violation> add(Applicant applicant) {
            Objects.requireNonNull(applicant, "applicant");
            checkOpen();
            List<Violation> violations = diff.oldRules.validate(applicant, date);
            if (!violations.isEmpty()) {
                tally.invalid();
                return violations;
            }
            pending.add(applicant);
            if (pending.size() >= diff.chunkSize) {
                flush();
            }
            return List.of();
        }

        /**
         * Counts an input the caller could not even read as an applicant (malformed JSON) as invalid.
         *
         * @throws IllegalStateException when the slice was merged or read back from a stream
         */
        public void skipUnreadable() {
            checkOpen();
            tally.invalid();
        }

        /**
         * This slice and {@code other} as one: counts add, and the failure messages and examples
         * kept are those one comparison of both would keep. Either slice is left as it was (their
         * pending applicants screened); merging is associative and, with positions apart,
         * commutative.
         *
         * @param other another slice of the same diff (or one built alike), on the same date
         * @return a new slice that takes no applicants, only merges and finishes
         * @throws IllegalArgumentException when the slices screened on different dates or keep
         *                                  different numbers of examples or table rows
         */
        public Slice merge(Slice other) {
            Objects.requireNonNull(other, "other");
            if (!date.equals(other.date)) {
                throw new IllegalArgumentException("slices screened on " + date + " and " + other.date
                        + " do not merge: give the diff an asOf date");
            }
            flush();
            other.flush();
            Tally sum = new Tally(tally.examples(), tally.rows(), 0);
            sum.merge(tally);
            sum.merge(other.tally);
            return new Slice(null, date, sum);
        }

        private void checkOpen() {
            if (diff == null) {
                throw new IllegalStateException("a merged or deserialized slice takes no applicants: merge or finish it");
            }
        }

        private void flush() {
            if (pending != null && !pending.isEmpty()) {
                List<Applicant> chunk = pending;
                pending = new ArrayList<>();
                diff.screen(chunk, date).forEach(tally::add);
            }
        }

        /**
         * Screens what is still pending, then writes the date and the counts.
         *
         * @param out the stream
         * @throws IOException when the stream fails
         * @serialData the default fields: the date and the tally
         */
        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            flush();
            out.defaultWriteObject();
        }
    }

    /**
     * Screens a chunk under both rule sets, one result per applicant from each; an applicant
     * either fails on is left out of the comparison with the failure's message (the old rules'
     * when both fail), and the others are compared. May run on any thread; touches no state of
     * any comparison or slice.
     */
    private List<Screened> screen(List<Applicant> chunk, LocalDate date) {
        List<ScreeningResult> before = oldRules.evaluateEach(chunk, date);
        List<ScreeningResult> after = newRules.evaluateEach(chunk, date);
        List<Screened> out = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            ScreeningResult b = before.get(i);
            ScreeningResult a = after.get(i);
            if (b instanceof ScreeningResult.Screened old && a instanceof ScreeningResult.Screened edited) {
                out.add(screened(chunk.get(i), old.report(), edited.report(), date));
            } else if (b instanceof ScreeningResult.Failed f) {
                out.add(Screened.failed(f.message()));
            } else if (a instanceof ScreeningResult.Failed f) {
                out.add(Screened.failed(f.message()));
            } else {
                // add() let only applicants valid on this date through, and validity does not depend on the rules
                throw new IllegalStateException("an applicant valid on " + date + " was rejected when screened");
            }
        }
        return out;
    }

    private Screened screened(Applicant a, EligibilityReport before, EligibilityReport after, LocalDate date) {
        LocalDate d = a.applicationDate() != null ? a.applicationDate() : date;
        ChangedApplicant change = ReportDiff.compare(before, after);
        return new Screened(a, statuses(before), statuses(after),
                change == null ? null : change.withInputs(a, d), reached(a, d), null);
    }

    private int[] reached(Applicant a, LocalDate d) {
        if (rowChanges.isEmpty()) {
            return NONE;
        }
        RowReach.Answers answers = RowReach.answers(a, d);
        int[] hit = new int[rowChanges.size()];
        int n = 0;
        for (int i = 0; i < rowChanges.size(); i++) {
            if (RowReach.reaches(rowChanges.get(i), answers)) {
                hit[n++] = i;
            }
        }
        return Arrays.copyOf(hit, n);
    }

    private static final int[] NONE = new int[0];

    private static byte[] statuses(EligibilityReport report) {
        byte[] out = new byte[Tally.SCOPES];
        out[0] = (byte) report.access().status().ordinal();
        for (Pathway p : Pathway.values()) {
            out[1 + p.ordinal()] = (byte) report.pathway(p).status().ordinal();
        }
        return out;
    }

    private static ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "impact-diff-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Configures an {@link ImpactDiff}. Each setter checks its argument at once. Not thread-safe;
     * reusable.
     */
    public static final class Builder {
        private final EligibilityEngine oldRules;
        private final EligibilityEngine newRules;
        private LocalDate asOf;
        private int examples = DEFAULT_EXAMPLES;
        private int chunkSize = DEFAULT_CHUNK_SIZE;
        private int threads = 1;
        private RuleTables oldTables;
        private RuleTables newTables;

        private Builder(EligibilityEngine oldRules, EligibilityEngine newRules) {
            this.oldRules = oldRules;
            this.newRules = newRules;
        }

        /**
         * The evaluation date of applicants without an {@code applicationDate}, for both rule sets
         * (theirs always wins).
         *
         * @param asOf the date, or {@code null} for the day each comparison starts
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * How many changed applicants the report shows in full, the most severe ones ({@link Severity},
         * then input order);
         * {@value #DEFAULT_EXAMPLES} by default. Every changed applicant is counted either way.
         *
         * @param count how many changed applicants to keep in full; 0 keeps none
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder examples(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("examples must be 0 or more, got " + count);
            }
            this.examples = count;
            return this;
        }

        /**
         * How many applicants each engine screens in one call, and the most held at once;
         * {@value #DEFAULT_CHUNK_SIZE} by default. It changes speed and memory, never the result.
         *
         * @param size applicants per call of each engine, from 1 to 65,536
         * @return this builder
         * @throws IllegalArgumentException when not from 1 to 65,536
         */
        public Builder chunkSize(int size) {
            if (size < 1 || size > MAX_CHUNK_SIZE) {
                throw new IllegalArgumentException("chunkSize must be from 1 to " + MAX_CHUNK_SIZE + ", got " + size);
            }
            this.chunkSize = size;
            return this;
        }

        /**
         * How many threads screen applicants, from 1 (the caller's, the default) to 64. Above 1, each
         * comparison screens chunks on a pool of its own and merges them in input order: the report
         * is the same, only faster on several cores.
         *
         * @param count threads per comparison, from 1 to 64
         * @return this builder
         * @throws IllegalArgumentException when not from 1 to 64
         */
        public Builder threads(int count) {
            if (count < 1 || count > 64) {
                throw new IllegalArgumentException("threads must be from 1 to 64, got " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * The tables of the two rule sets, to list the rows the edit changed and count the applicants
         * that reach each ({@link ImpactReport#rowChanges()}, {@link RowReach}). Without them the
         * report lists no rows. The tables are compared when the diff is built.
         *
         * @param oldTables the tables of the rules as they are
         * @param newTables the tables of the rules as edited
         * @return this builder
         */
        public Builder tables(RuleTables oldTables, RuleTables newTables) {
            this.oldTables = Objects.requireNonNull(oldTables, "oldTables");
            this.newTables = Objects.requireNonNull(newTables, "newTables");
            return this;
        }

        /**
         * The diff, immutable. When {@link #tables} were given, their rows are compared here.
         *
         * @return the configured diff, reusable and thread-safe
         */
        public ImpactDiff build() {
            return new ImpactDiff(this);
        }
    }
}
