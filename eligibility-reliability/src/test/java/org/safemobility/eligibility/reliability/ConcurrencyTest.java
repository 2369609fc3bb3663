package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * One engine shared by many threads gives exactly the reports of sequential evaluation, and leaves
 * no session behind. The default run is a short version; {@code stress} runs the figures of
 * docs/reliability.md.
 */
class ConcurrencyTest {

    static final long SEED = 20230612L;
    static final int THREADS = 32;

    @Test
    void manyThreadsGiveTheSequentialReports() throws Exception {
        sharedEngineEqualsSequential(1_000, 2);
    }

    @Test
    @Tag("stress")
    void manyThreadsGiveTheSequentialReportsStress() throws Exception {
        sharedEngineEqualsSequential(10_000, 20);
    }

    @Test
    void noSessionIsLeftBehind() throws Exception {
        noSessionLeftBehind(4_000);
    }

    @Test
    @Tag("stress")
    void noSessionIsLeftBehindStress() throws Exception {
        noSessionLeftBehind(100_000);
    }

    /**
     * {@code count} generated applicants evaluated one by one on one thread, then, in each round, by
     * a freshly built engine on {@link #THREADS} threads released together, so that the first
     * evaluations race the engine's warm-up (an empty session pool). Half the threads call
     * {@code evaluate}, half {@code evaluateAll} on small batches.
     */
    static void sharedEngineEqualsSequential(int count, int rounds) throws Exception {
        List<Applicant> applicants = ApplicantArbitraries.sample(count, SEED);
        EligibilityEngine reference = EligibilityEngine.builder().build();
        long start = System.nanoTime();
        String[] sequential = new String[count];
        for (int i = 0; i < count; i++) {
            sequential[i] = EligibilityJson.writeReport(reference.evaluate(applicants.get(i)));
        }
        long sequentialNanos = System.nanoTime() - start;
        long concurrentNanos = 0;
        for (int round = 0; round < rounds; round++) {
            EligibilityEngine engine = EligibilityEngine.builder().build();
            String[] concurrent = new String[count];
            start = System.nanoTime();
            runTogether(THREADS, t -> {
                if (t % 2 == 0) {
                    for (int i = t; i < count; i += THREADS) {
                        concurrent[i] = EligibilityJson.writeReport(engine.evaluate(applicants.get(i)));
                    }
                } else {
                    List<Integer> batch = new ArrayList<>();
                    for (int i = t; i < count; i += THREADS) {
                        batch.add(i);
                        if (batch.size() == 7 || i + THREADS >= count) {
                            List<EligibilityReport> reports = engine.evaluateAll(
                                    batch.stream().map(applicants::get).toList(), null);
                            for (int k = 0; k < batch.size(); k++) {
                                concurrent[batch.get(k)] = EligibilityJson.writeReport(reports.get(k));
                            }
                            batch.clear();
                        }
                    }
                }
            });
            concurrentNanos += System.nanoTime() - start;
            for (int i = 0; i < count; i++) {
                assertEquals(sequential[i], concurrent[i], "applicant " + i + ", round " + round);
            }
            Sessions.assertAllIdle(engine, THREADS + Runtime.getRuntime().availableProcessors());
        }
        Figures.print("concurrency", count + " applicants, " + THREADS + " threads, " + rounds
                + " rounds of a fresh engine: " + (long) count * rounds + " concurrent evaluations equal to sequential; "
                + "sequential " + sequentialNanos / 1_000_000 + " ms, concurrent " + concurrentNanos / 1_000_000 + " ms");
    }

    /**
     * {@code total} evaluations on {@link #THREADS} threads, one in ten of an invalid applicant:
     * afterwards every session of the knowledge base is back in the pool, reset, and the pool holds
     * no more sessions than threads ever ran at once.
     */
    static void noSessionLeftBehind(int total) throws Exception {
        List<Applicant> applicants = ApplicantArbitraries.sample(1_000, SEED + 1);
        EligibilityEngine engine = EligibilityEngine.builder().build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        AtomicInteger evaluated = new AtomicInteger();
        long start = System.nanoTime();
        runTogether(THREADS, t -> {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                Applicant a = applicants.get(i % applicants.size());
                if (i % 10 == 0) {
                    // lower-case country code: rejected by validation
                    a = new Applicant(a.id(), a.office(), a.applicationDate(), a.dateOfBirth(), a.nationalities(),
                            a.maritalStatus(), new Residence("gt", null, null, null, null), a.protection(),
                            a.passportExpiryDate(), a.usRelatives(), a.usHistory(), a.employment());
                    try {
                        engine.evaluate(a);
                        throw new AssertionError("an invalid applicant was evaluated");
                    } catch (InvalidApplicantException expected) {
                        invalid.incrementAndGet();
                    }
                } else {
                    engine.evaluate(a);
                    evaluated.incrementAndGet();
                }
            }
        });
        long nanos = System.nanoTime() - start;
        assertEquals(total, invalid.get() + evaluated.get());
        assertEquals(total / 10, invalid.get());
        int bound = THREADS + Runtime.getRuntime().availableProcessors();
        int sessions = Sessions.assertAllIdle(engine, bound);
        assertTrue(sessions > 0, "the knowledge base knows its pooled sessions");
        // one more thread's work reuses a pooled session rather than making one
        for (Applicant a : applicants) {
            engine.evaluate(a);
        }
        assertEquals(sessions, Sessions.assertAllIdle(engine, bound), "sequential work adds no session");
        Figures.print("sessions", total + " evaluations (" + invalid.get() + " invalid) on " + THREADS
                + " threads in " + nanos / 1_000_000 + " ms; afterwards " + sessions
                + " pooled sessions, all reset, none in use");
    }

    interface ThreadWork {
        void run(int thread) throws Exception;
    }

    /** Runs {@code work} on {@code threads} threads released together by a latch; rethrows the first failure. */
    static void runTogether(int threads, ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    work.run(thread);
                    return null;
                }));
            }
            assertTrue(ready.await(60, TimeUnit.SECONDS), "threads started");
            go.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
