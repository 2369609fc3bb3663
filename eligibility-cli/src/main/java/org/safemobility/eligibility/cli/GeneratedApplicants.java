package org.safemobility.eligibility.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testkit.Applicants;

/**
 * A seeded population from the testkit's generator of valid, varied, synthetic applicants (the
 * one the property tests use), aimed at the reference tables of the rule sets compared, so that a
 * change to a table (a nationality served, a window moved, a status listed) is reached: the same
 * count, seed and tables give the same applicants on every run and machine, for as long as the
 * generator is unchanged.
 *
 * <p>The generator takes tens of microseconds an applicant, about as long as screening it twice,
 * so on a machine with more than one core it runs on a thread of its own, ahead of the screening.
 * Applicants are drawn in blocks of {@value #BLOCK}, each from a seed of its own derived from the
 * seed and the block's number: the population does not depend on how the work is split, and the
 * first N applicants of a larger count are the N of a smaller one.
 */
final class GeneratedApplicants {

    /** jqwik's default generation size: how large lists may grow, as in a property's tries. */
    static final int GEN_SIZE = 1000;

    /** Applicants drawn from one derived seed. */
    static final int BLOCK = 1000;

    private GeneratedApplicants() {
    }

    /**
     * Hands {@code count} applicants drawn from {@code seed}, aimed at the tables of {@code rules}
     * (the old and the new rule set), to {@code sink}, one at a time, in order.
     */
    static void generate(long count, long seed, List<EligibilityEngine> rules, Consumer<Applicant> sink) {
        // the aim (the tables' values) and the generator are made once; each block only seeds it anew
        Arbitrary<Applicant> aimed = Applicants.aimedAt(rules.toArray(EligibilityEngine[]::new));
        long blocks = (count + BLOCK - 1) / BLOCK;
        if (DiffCommand.THREADS == 1 || blocks == 1) {
            inSession(() -> {
                RandomGenerator<Applicant> generator = aimed.generator(GEN_SIZE);
                for (long b = 0; b < blocks; b++) {
                    block(generator, seed, b, (int) Math.min(BLOCK, count - b * BLOCK)).forEach(sink);
                }
            });
            return;
        }
        // jqwik's sessions share one store and cannot run on two threads at once: one thread
        // generates, a few blocks ahead, while the caller's thread hands them on (and the screening
        // runs on threads of its own)
        BlockingQueue<List<Applicant>> ahead = new ArrayBlockingQueue<>(4);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                inSession(() -> {
                    RandomGenerator<Applicant> generator = aimed.generator(GEN_SIZE);
                    for (long b = 0; b < blocks; b++) {
                        put(ahead, block(generator, seed, b, (int) Math.min(BLOCK, count - b * BLOCK)));
                    }
                });
            } catch (RuntimeException e) {
                failure.set(e);
                put(ahead, List.of());
            }
        }, "generate");
        producer.setDaemon(true);
        producer.start();
        try {
            for (long b = 0; b < blocks; b++) {
                List<Applicant> block = ahead.take();
                if (failure.get() != null) {
                    throw failure.get();
                }
                block.forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating applicants", e);
        } finally {
            producer.interrupt();
        }
    }

    private static void put(BlockingQueue<List<Applicant>> queue, List<Applicant> block) {
        try {
            queue.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs {@code work} in a jqwik session: outside a property, its generators need one. */
    private static void inSession(Runnable work) {
        boolean own = !JqwikSession.isActive();
        if (own) {
            JqwikSession.start();
        }
        try {
            work.run();
        } finally {
            if (own) {
                JqwikSession.finish();
            }
        }
    }

    /** Block {@code b} of the population of {@code seed}: {@code size} applicants of {@code generator}. */
    private static List<Applicant> block(RandomGenerator<Applicant> generator, long seed, long b, int size) {
        Random random = new Random(blockSeed(seed, b));
        List<Applicant> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(generator.next(random).value());
        }
        return out;
    }

    /** SplitMix64's finaliser over the seed and block number: neighbouring blocks get unrelated seeds. */
    static long blockSeed(long seed, long block) {
        long z = seed + (block + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
