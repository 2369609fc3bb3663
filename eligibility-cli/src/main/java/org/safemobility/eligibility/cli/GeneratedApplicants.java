package org.safemobility.eligibility.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testkit.Applicants;

/**
 * A seeded population from the testkit's generator of valid, varied, synthetic applicants (the
 * one the property tests use): the same count and seed give the same applicants on every run and
 * machine, for as long as the generator is unchanged.
 *
 * <p>The generator takes tens of microseconds an applicant, as long as screening it twice, so
 * applicants are drawn in blocks of {@value #BLOCK}, each from a seed of its own derived from the
 * seed and the block's number, on {@link DiffCommand#THREADS} threads, and handed over in order:
 * the population does not depend on the number of threads, and the first N applicants of a
 * larger count are the N of a smaller one.
 */
final class GeneratedApplicants {

    /** jqwik's default generation size: how large lists may grow, as in a property's tries. */
    static final int GEN_SIZE = 1000;

    /** Applicants drawn from one derived seed. */
    static final int BLOCK = 1000;

    private GeneratedApplicants() {
    }

    /** Hands {@code count} applicants drawn from {@code seed} to {@code sink}, one at a time, in order. */
    static void generate(long count, long seed, Consumer<Applicant> sink) {
        int threads = DiffCommand.THREADS;
        long blocks = (count + BLOCK - 1) / BLOCK;
        if (threads == 1 || blocks == 1) {
            for (long b = 0; b < blocks; b++) {
                block(seed, b, (int) Math.min(BLOCK, count - b * BLOCK)).forEach(sink);
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "generate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<List<Applicant>>> ahead = new ArrayDeque<>();
        try {
            long next = 0;
            while (next < blocks || !ahead.isEmpty()) {
                // a few blocks ahead per thread: memory stays bounded whatever the count
                while (next < blocks && ahead.size() < 2 * threads) {
                    long b = next++;
                    int size = (int) Math.min(BLOCK, count - b * BLOCK);
                    ahead.add(pool.submit(() -> block(seed, b, size)));
                }
                ahead.poll().get().forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating applicants", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Block {@code b} of the population of {@code seed}: {@code size} applicants. */
    private static List<Applicant> block(long seed, long b, int size) {
        // outside a property, jqwik's generators need a session of their own (one per thread)
        boolean own = !JqwikSession.isActive();
        if (own) {
            JqwikSession.start();
        }
        try {
            RandomGenerator<Applicant> generator = Applicants.applicants().generator(GEN_SIZE);
            Random random = new Random(blockSeed(seed, b));
            List<Applicant> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(generator.next(random).value());
            }
            return out;
        } finally {
            if (own) {
                JqwikSession.finish();
            }
        }
    }

    /** SplitMix64's finaliser over the seed and block number: neighbouring blocks get unrelated seeds. */
    static long blockSeed(long seed, long block) {
        long z = seed + (block + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
