package org.safemobility.eligibility.authoring.diff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
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
 * impact.examples();   // the first changed applicants, with the criteria behind each change
 * }</pre>
 *
 * <p><b>Memory.</b> Applicants are screened in chunks ({@link Builder#chunkSize(int)}) and only the
 * counts and the first {@link Builder#examples(int)} changed applicants are kept, so a population
 * of any size passes through in constant memory when it comes as an {@link Iterator} or through a
 * {@link Comparison}.
 *
 * <p><b>Invalid applicants</b> (those the engine would reject, see
 * {@link EligibilityEngine#validate}) are skipped and counted, never compared; neither the count nor
 * anything else here carries applicant data. An applicant either rule set fails on
 * ({@link EvaluationException}) is counted as failed, with the failure's message, and not compared;
 * the others still are.
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

    private ImpactDiff(Builder b) {
        this.oldRules = b.oldRules;
        this.newRules = b.newRules;
        this.asOf = b.asOf;
        this.examples = b.examples;
        this.chunkSize = b.chunkSize;
    }

    /**
     * Starts configuring a diff from {@code oldRules} to {@code newRules}.
     *
     * @param oldRules the engine with the rules as they are
     * @param newRules the engine with the rules as edited
     */
    public static Builder between(EligibilityEngine oldRules, EligibilityEngine newRules) {
        return new Builder(Objects.requireNonNull(oldRules, "oldRules"), Objects.requireNonNull(newRules, "newRules"));
    }

    /**
     * Compares every applicant of {@code applicants}, in order.
     *
     * @throws NullPointerException when an applicant is null
     */
    public ImpactReport compare(Iterable<? extends Applicant> applicants) {
        Objects.requireNonNull(applicants, "applicants");
        return compare(applicants.iterator());
    }

    /**
     * Compares the applicants {@code applicants} yields, in order, holding one chunk at a time.
     *
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
     */
    public Comparison start() {
        return new Comparison(asOf != null ? asOf : LocalDate.now());
    }

    /**
     * One comparison in progress: {@link #add} applicants, then {@link #finish()}. Not thread-safe;
     * used once.
     */
    public final class Comparison {
        private final LocalDate date;
        private final long[][][] counts = new long[1 + Pathway.values().length][Status.values().length][Status.values().length];
        private final List<ChangedApplicant> shown = new ArrayList<>();
        private final Set<String> failures = new LinkedHashSet<>();
        private List<Applicant> pending = new ArrayList<>();
        private long compared;
        private long changed;
        private long invalid;
        private long failed;
        private boolean finished;

        private Comparison(LocalDate date) {
            this.date = date;
        }

        /**
         * Adds one applicant: it is compared, or skipped and counted as invalid when it breaks the
         * applicant contract on its evaluation date.
         *
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
                invalid++;
                return violations;
            }
            pending.add(applicant);
            if (pending.size() >= chunkSize) {
                screenPending();
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
            invalid++;
        }

        /**
         * Compares what is still pending and returns the result. The comparison cannot be used
         * afterwards.
         *
         * @throws IllegalStateException when called twice
         */
        public ImpactReport finish() {
            checkOpen();
            screenPending();
            finished = true;
            List<ScopeImpact> scopes = new ArrayList<>();
            scopes.add(ScopeImpact.of(ImpactReport.ACCESS, counts[0]));
            for (Pathway p : Pathway.values()) {
                scopes.add(ScopeImpact.of(p.name(), counts[1 + p.ordinal()]));
            }
            return new ImpactReport(oldRules.rulesetVersion(), newRules.rulesetVersion(), date, compared, changed,
                    invalid, failed, List.copyOf(failures), scopes, shown);
        }

        private void checkOpen() {
            if (finished) {
                throw new IllegalStateException("the comparison is finished");
            }
        }

        private void screenPending() {
            if (pending.isEmpty()) {
                return;
            }
            List<Applicant> chunk = pending;
            pending = new ArrayList<>(chunkSize);
            List<EligibilityReport> before;
            List<EligibilityReport> after;
            try {
                before = oldRules.evaluateAll(chunk, date);
                after = newRules.evaluateAll(chunk, date);
            } catch (EvaluationException e) {
                screenOneByOne(chunk);
                return;
            }
            for (int i = 0; i < chunk.size(); i++) {
                record(before.get(i), after.get(i));
            }
        }

        /** A rule set failed somewhere in the chunk: only the applicants it fails on are left out. */
        private void screenOneByOne(List<Applicant> chunk) {
            for (Applicant a : chunk) {
                EligibilityReport before;
                EligibilityReport after;
                try {
                    before = oldRules.evaluate(a, date);
                    after = newRules.evaluate(a, date);
                } catch (EvaluationException e) {
                    failed++;
                    if (failures.size() < MAX_FAILURE_MESSAGES) {
                        failures.add(e.getMessage());
                    }
                    continue;
                }
                record(before, after);
            }
        }

        private void record(EligibilityReport before, EligibilityReport after) {
            compared++;
            tally(0, before.access().status(), after.access().status());
            for (Pathway p : Pathway.values()) {
                tally(1 + p.ordinal(), before.pathway(p).status(), after.pathway(p).status());
            }
            ChangedApplicant change = ReportDiff.compare(before, after);
            if (change != null) {
                changed++;
                if (shown.size() < examples) {
                    shown.add(change);
                }
            }
        }

        private void tally(int scope, Status from, Status to) {
            counts[scope][from.ordinal()][to.ordinal()]++;
        }
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

        private Builder(EligibilityEngine oldRules, EligibilityEngine newRules) {
            this.oldRules = oldRules;
            this.newRules = newRules;
        }

        /**
         * The evaluation date of applicants without an {@code applicationDate}, for both rule sets
         * (theirs always wins).
         *
         * @param asOf the date, or {@code null} for the day each comparison starts
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * How many changed applicants the report shows in full, the first ones in input order;
         * {@value #DEFAULT_EXAMPLES} by default. Every changed applicant is counted either way.
         *
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
         * @throws IllegalArgumentException when not from 1 to 65,536
         */
        public Builder chunkSize(int size) {
            if (size < 1 || size > MAX_CHUNK_SIZE) {
                throw new IllegalArgumentException("chunkSize must be from 1 to " + MAX_CHUNK_SIZE + ", got " + size);
            }
            this.chunkSize = size;
            return this;
        }

        /** The diff, immutable. */
        public ImpactDiff build() {
            return new ImpactDiff(this);
        }
    }
}
