package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.ApplicantReader;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * Reads, validates and evaluates applicants in chunks on worker threads, and hands a {@link Sink}
 * each chunk's results in input order: a report, the violations that stopped that applicant, or
 * the failure of the rules on it. An invalid applicant never stops the others; nor does one the
 * rules fail on: the engine gives one {@link ScreeningResult} per applicant
 * ({@link EligibilityEngine#evaluateEach}), so nothing is caught and nothing evaluated twice.
 *
 * <p>Everything that costs CPU for an applicant happens on the workers (one per processor):
 * parsing its JSON, reading and validating it, evaluating it, and {@link Sink#prepare preparing}
 * the output, so the calling thread only reads input and writes what was prepared, and a stream
 * uses every core. Results still reach the sink in input order, on the calling thread. At most
 * {@link #IN_FLIGHT} chunks are held, so memory stays constant however many applicants pass
 * through. Not thread-safe: one caller at a time.
 *
 * @param <P> what the sink prepares for a chunk on a worker, such as the chunk's output bytes
 */
final class BatchEvaluator<P> {

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

    /** Where a worker gets an applicant's JSON from: a tree already parsed, or text to parse. */
    @FunctionalInterface
    interface Source {
        JsonNode json() throws Unreadable;

        /**
         * The JSON text, when there is one: a valid applicant is then bound straight from it, and
         * only one with a problem is parsed into a tree ({@link #json}) to report it.
         */
        default String text() {
            return null;
        }
    }

    /** Input that is not one well-formed JSON value; the violations say where, never what. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> violations;

        Unreadable(Violation violation) {
            this(List.of(violation));
        }

        Unreadable(List<Violation> violations) {
            super(violations.get(0).message(), null, false, false);
            this.violations = List.copyOf(violations);
        }

        List<Violation> violations() {
            return violations;
        }
    }

    /**
     * Receives the results of each chunk: first {@link #prepare} on a worker thread, then
     * {@link #write} on the calling thread, chunk after chunk in input order.
     */
    interface Sink<P> {
        /**
         * Prepares the output of one chunk's results, on a worker thread (so it must be safe to
         * call from several threads at once). Returns {@code null} when there is nothing to prepare.
         */
        P prepare(List<Result> results) throws IOException;

        /** Writes one chunk's results and what {@link #prepare} made of them, on the calling thread. */
        void write(List<Result> results, P prepared) throws IOException;
    }

    /**
     * One input position.
     *
     * @param position    where it was, for messages: {@code applicant [3]}, {@code line 7}
     * @param applicantId its id when the input had a valid one, else {@code null}
     * @param applicant   the applicant to evaluate, or {@code null} when invalid
     * @param declined    the field paths an interviewed applicant declined; empty when evaluated
     * @param violations  why it is invalid; empty when valid
     */
    record Entry(String position, String applicantId, Applicant applicant, List<String> declined,
                 List<Violation> violations) {
        boolean valid() {
            return applicant != null;
        }
    }

    /**
     * What became of one input: exactly one of a report (evaluated), a summary (summarized) or the
     * next questions (interviewed), violations (the entry is invalid) or a failure of the rules.
     */
    record Result(Entry entry, EligibilityReport report, ScreeningSummary summary, List<Question> questions,
                  ScreeningResult.Failed failure) {
        boolean invalid() {
            return !entry.valid();
        }
    }

    private record Input(String position, Source source) {
    }

    /** A chunk handed to a worker. */
    private record Chunk<P>(Future<Done<P>> done) {
    }

    private record Done<P>(List<Result> results, P prepared) {
    }

    /** What each input gets. */
    enum Answer {
        /** Each input is an applicant and gets a report. */
        REPORT,
        /** Each input is an applicant and gets the summary of its report (no reason is worded). */
        SUMMARY,
        /** Each input is a request of the interview and gets its next questions. */
        QUESTIONS
    }

    /**
     * What a batch does with each input.
     *
     * @param engine   the engine that screens
     * @param asOf     the as-of date, or {@code null} for today
     * @param language the language of reasons and questions, one of the engine's
     * @param answer   what each input gets
     */
    record Job(EligibilityEngine engine, LocalDate asOf, Locale language, Answer answer) {
        Job {
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(answer, "answer");
        }
    }

    private final EligibilityEngine engine;
    private final LocalDate asOf;
    private final Locale language;
    private final Answer answer;
    private final int chunkSize;
    private final Sink<P> sink;
    private List<Input> pending = new ArrayList<>();
    private final Deque<Chunk<P>> inFlight = new ArrayDeque<>();
    private long evaluated;
    private long invalid;
    private long failed;

    /** Evaluates applicants into reports in English. */
    BatchEvaluator(EligibilityEngine engine, LocalDate asOf, int chunkSize, Sink<P> sink) {
        this(new Job(engine, asOf, Locale.ENGLISH, Answer.REPORT), chunkSize, sink);
    }

    BatchEvaluator(Job job, int chunkSize, Sink<P> sink) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive");
        }
        this.engine = job.engine();
        this.asOf = job.asOf();
        this.language = job.language();
        this.answer = job.answer();
        this.chunkSize = chunkSize;
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Queues an applicant: a worker reads it from its JSON (the contract's shape and values), then
     * checks it against its evaluation date (a date of birth after it).
     */
    void add(String position, Source source) throws IOException {
        queue(new Input(position, Objects.requireNonNull(source, "source")));
    }

    /** Queues an applicant already parsed. */
    void add(String position, JsonNode node) throws IOException {
        add(position, () -> node);
    }

    /** Queues an input that could not even be read as JSON. */
    void addInvalid(String position, List<Violation> violations) throws IOException {
        Unreadable unreadable = new Unreadable(violations);
        add(position, () -> {
            throw unreadable;
        });
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

    private void queue(Input input) throws IOException {
        pending.add(input);
        if (pending.size() >= chunkSize) {
            submitPending();
            // Hand over whatever is finished, and wait for the oldest chunk when too many are out.
            while (!inFlight.isEmpty() && (inFlight.size() > IN_FLIGHT || inFlight.peekFirst().done().isDone())) {
                deliver(inFlight.removeFirst());
            }
        }
    }

    private void submitPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Input> inputs = pending;
        pending = new ArrayList<>();
        inFlight.addLast(new Chunk<>(WORKERS.submit(() -> work(inputs))));
    }

    /** On a worker: read, validate and evaluate one chunk, then let the sink prepare its output. */
    private Done<P> work(List<Input> inputs) throws IOException {
        List<Entry> entries = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            entries.add(read(input));
        }
        List<Result> results = answer == Answer.QUESTIONS ? interview(entries) : evaluate(entries);
        return new Done<>(results, sink.prepare(results));
    }

    /**
     * Evaluates the valid entries in one call of the engine, which answers each applicant: a
     * report or a summary, a rejection (born after its evaluation date, the one check the reader cannot make),
     * or a failure of the rules on it.
     */
    private List<Result> evaluate(List<Entry> entries) {
        List<Applicant> valid = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.valid()) {
                valid.add(e.applicant());
            }
        }
        List<ScreeningResult> screened = valid.isEmpty() ? List.of()
                : answer == Answer.SUMMARY ? engine.summarizeEach(valid, asOf) : engine.evaluateEach(valid, asOf, language);
        List<Result> results = new ArrayList<>(entries.size());
        int next = 0;
        for (Entry e : entries) {
            if (!e.valid()) {
                results.add(new Result(e, null, null, null, null));
                continue;
            }
            ScreeningResult r = screened.get(next++);
            if (r instanceof ScreeningResult.Screened s) {
                results.add(new Result(e, s.report(), null, null, null));
            } else if (r instanceof ScreeningResult.Summarized s) {
                results.add(new Result(e, null, s.summary(), null, null));
            } else if (r instanceof ScreeningResult.Rejected rejected) {
                results.add(new Result(new Entry(e.position(), e.applicantId(), null, List.of(), rejected.violations()),
                        null, null, null, null));
            } else {
                results.add(new Result(e, null, null, null, (ScreeningResult.Failed) r));
            }
        }
        return results;
    }

    /**
     * The next questions of each valid entry, one engine call each (the interview asks about one
     * applicant at a time); an entry born after its evaluation date becomes invalid, one the rules
     * fail on a failure, and neither stops the others.
     */
    private List<Result> interview(List<Entry> entries) {
        List<Result> results = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (!e.valid()) {
                results.add(new Result(e, null, null, null, null));
                continue;
            }
            try {
                results.add(new Result(e, null, null, engine.questions(e.applicant(), e.declined(), asOf, language), null));
            } catch (InvalidApplicantException invalid) {
                Entry late = new Entry(e.position(), e.applicantId(), null, List.of(),
                        InterviewRequest.ofApplicant(invalid.violations()));
                results.add(new Result(late, null, null, null, null));
            } catch (EvaluationException failure) {
                results.add(new Result(e, null, null, null, ScreeningResult.Failed.of(e.applicantId(), failure)));
            }
        }
        return results;
    }

    /**
     * Reads one input from its JSON: an applicant (the contract's shape and values), or for the
     * interview a request holding one.
     */
    private Entry read(Input input) {
        String text = answer == Answer.QUESTIONS ? null : input.source().text();
        if (text != null) {
            Applicant valid = ApplicantReader.readIfValid(text);
            if (valid != null) {
                return new Entry(input.position(), valid.id(), valid, List.of(), List.of());
            }
        }
        try {
            JsonNode json = input.source().json();
            if (answer == Answer.QUESTIONS) {
                InterviewRequest request = InterviewRequest.read(json);
                return new Entry(input.position(), request.applicant().id(), request.applicant(),
                        request.declined(), List.of());
            }
            Applicant applicant = ApplicantReader.read(json);
            return new Entry(input.position(), applicant.id(), applicant, List.of(), List.of());
        } catch (Unreadable e) {
            return new Entry(input.position(), null, null, List.of(), e.violations());
        } catch (InvalidApplicantException e) {
            return new Entry(input.position(), e.applicantId(), null, List.of(), e.violations());
        }
    }

    private void deliver(Chunk<P> chunk) throws IOException {
        Done<P> done;
        try {
            done = chunk.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        for (Result r : done.results()) {
            if (r.invalid()) {
                invalid++;
            } else if (r.failure() != null) {
                failed++;
            } else {
                evaluated++;
            }
        }
        sink.write(done.results(), done.prepared());
    }
}
