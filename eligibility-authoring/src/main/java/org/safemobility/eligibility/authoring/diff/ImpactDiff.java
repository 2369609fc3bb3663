package org.safemobility.eligibility.authoring.diff;

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
     * One comparison in progress: {@link #add} applicants, then {@link #finish()}. Not thread-safe;
     * used once. With {@link Builder#threads(int)} above 1 it screens chunks on threads of its own,
     * which {@link #finish()} stops; the result is the same as on one thread.
     */
    public final class Comparison {
        private final LocalDate date;
        private final Tally tally = new Tally(examples, rowChanges);
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
            return tally.finish(oldRules.rulesetVersion(), newRules.rulesetVersion(), date);
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

        /**
         * Screens a chunk under both rule sets, one result per applicant from each; an applicant
         * either fails on is left out of the comparison with the failure's message (the old rules'
         * when both fail), and the others are compared. May run on any thread; touches no state of
         * this comparison.
         */
        private List<Screened> screen(List<Applicant> chunk) {
            List<ScreeningResult> before = oldRules.evaluateEach(chunk, date);
            List<ScreeningResult> after = newRules.evaluateEach(chunk, date);
            List<Screened> out = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                ScreeningResult b = before.get(i);
                ScreeningResult a = after.get(i);
                if (b instanceof ScreeningResult.Screened old && a instanceof ScreeningResult.Screened edited) {
                    out.add(screened(chunk.get(i), old.report(), edited.report()));
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

        private Screened screened(Applicant a, EligibilityReport before, EligibilityReport after) {
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
