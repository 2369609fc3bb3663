package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.ApplicantReader;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Validates applicants one by one and evaluates the valid ones in chunks, handing a {@link Sink}
 * each result in input order: a report, the violations that stopped that applicant, or the
 * failure of the rules on it. An invalid applicant never stops the others; nor does one the rules
 * fail on (its chunk is evaluated again applicant by applicant, so only that one fails).
 *
 * <p>Chunks are evaluated on worker threads (one per processor) while the calling thread goes on
 * reading and writing, so a stream uses every core; results still reach the sink in input order,
 * on the calling thread. At most {@link #IN_FLIGHT} chunks are held, so memory stays constant
 * however many applicants pass through. Not thread-safe: one caller at a time.
 */
final class BatchEvaluator {

    /** The code of the error object that stands for an applicant the rules failed on. */
    static final String EVALUATION_FAILED = "evaluation-failed";

    /** Applicants held before they are evaluated together in one call of the engine. */
    static final int CHUNK_SIZE = 256;

    /** Chunks evaluated or waiting at once: enough to keep every worker busy, few enough to stay small. */
    static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread t = new Thread(runnable, "eligibility-evaluate");
                t.setDaemon(true);
                return t;
            });

    /** A chunk handed to a worker, with its entries in input order. */
    private record Chunk(List<Entry> entries, Future<List<EligibilityReport>> reports) {
    }

    /** Receives the results, in input order. */
    interface Sink {
        void report(Entry entry, EligibilityReport report) throws IOException;

        void invalid(Entry entry) throws IOException;

        /** The rules failed on this valid applicant. */
        void failed(Entry entry, EvaluationException e) throws IOException;

        /** A chunk has been handed over in full: a good moment to flush output. */
        default void endOfChunk() throws IOException {
        }
    }

    /**
     * One input position.
     *
     * @param position    where it was, for messages: {@code applicant [3]}, {@code line 7}
     * @param applicantId its id when the input had a valid one, else {@code null}
     * @param applicant   the applicant to evaluate, or {@code null} when invalid
     * @param violations  why it is invalid; empty when valid
     */
    record Entry(String position, String applicantId, Applicant applicant, List<Violation> violations) {
        boolean valid() {
            return applicant != null;
        }
    }

    private final EligibilityEngine engine;
    private final LocalDate asOf;
    private final int chunkSize;
    private final Sink sink;
    private List<Entry> pending = new ArrayList<>();
    private final Deque<Chunk> inFlight = new ArrayDeque<>();
    private long evaluated;
    private long invalid;
    private long failed;

    BatchEvaluator(EligibilityEngine engine, LocalDate asOf, int chunkSize, Sink sink) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive");
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.asOf = asOf;
        this.chunkSize = chunkSize;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Reads one applicant from its JSON (the contract's shape and values), then checks it against
     * its evaluation date (a date of birth after it); queues it either way.
     */
    void add(String position, JsonNode node) throws IOException {
        Entry entry;
        try {
            Applicant applicant = ApplicantReader.read(node);
            List<Violation> late = engine.validate(applicant, asOf);
            entry = late.isEmpty()
                    ? new Entry(position, applicant.id(), applicant, List.of())
                    : new Entry(position, applicant.id(), null, late);
        } catch (InvalidApplicantException e) {
            entry = new Entry(position, e.applicantId(), null, e.violations());
        }
        queue(entry);
    }

    /** Queues an input that could not even be read as JSON. */
    void addInvalid(String position, List<Violation> violations) throws IOException {
        queue(new Entry(position, null, null, List.copyOf(violations)));
    }

    boolean hasPending() {
        return !pending.isEmpty() || !inFlight.isEmpty();
    }

    /** Evaluates what is queued and hands every result not yet handed over to the sink, in order. */
    void flush() throws IOException {
        submitPending();
        while (!inFlight.isEmpty()) {
            deliver(inFlight.removeFirst());
        }
    }

    private void submitPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Entry> entries = pending;
        pending = new ArrayList<>();
        List<Applicant> valid = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.valid()) {
                valid.add(e.applicant());
            }
        }
        Future<List<EligibilityReport>> reports = valid.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : WORKERS.submit(() -> engine.evaluateAll(valid, asOf));
        inFlight.addLast(new Chunk(entries, reports));
    }

    private void deliver(Chunk chunk) throws IOException {
        List<EligibilityReport> reports;
        try {
            reports = chunk.reports().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EvaluationException) {
                reports = null; // one by one below, so that only the applicants the rules fail on fail
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            } else {
                throw new IllegalStateException(cause);
            }
        }
        Iterator<EligibilityReport> next = reports == null ? null : reports.iterator();
        for (Entry e : chunk.entries()) {
            if (e.valid()) {
                if (next != null) {
                    sink.report(e, next.next());
                    evaluated++;
                    continue;
                }
                EligibilityReport report;
                try {
                    report = engine.evaluate(e.applicant(), asOf);
                } catch (EvaluationException failure) {
                    sink.failed(e, failure);
                    failed++;
                    continue;
                }
                sink.report(e, report);
                evaluated++;
            } else {
                sink.invalid(e);
                invalid++;
            }
        }
        sink.endOfChunk();
    }

    /** Applicants evaluated so far. */
    long evaluated() {
        return evaluated;
    }

    /** Invalid inputs so far. */
    long invalid() {
        return invalid;
    }

    /** Valid applicants the rules failed on so far. */
    long failed() {
        return failed;
    }

    private void queue(Entry entry) throws IOException {
        pending.add(entry);
        if (pending.size() >= chunkSize) {
            submitPending();
            // Hand over whatever is finished, and wait for the oldest chunk when too many are out.
            while (!inFlight.isEmpty() && (inFlight.size() > IN_FLIGHT || inFlight.peekFirst().reports().isDone())) {
                deliver(inFlight.removeFirst());
            }
        }
    }
}
