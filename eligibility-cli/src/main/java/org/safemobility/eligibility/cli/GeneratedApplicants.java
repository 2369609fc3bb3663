package org.safemobility.eligibility.cli;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
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
 */
final class GeneratedApplicants {

    /** jqwik's default generation size: how large lists may grow, as in a property's tries. */
    static final int GEN_SIZE = 1000;

    private GeneratedApplicants() {
    }

    /**
     * Hands {@code count} applicants drawn from {@code seed}, aimed at the tables of {@code rules}
     * (the old and the new rule set), to {@code sink}, one at a time, in order.
     */
    static void generate(long count, long seed, List<EligibilityEngine> rules, Consumer<Applicant> sink) {
        // outside a property, jqwik's generators need a session of their own
        boolean own = !JqwikSession.isActive();
        if (own) {
            JqwikSession.start();
        }
        try {
            RandomGenerator<Applicant> generator = Applicants.aimedAt(rules.toArray(EligibilityEngine[]::new)).generator(GEN_SIZE);
            Random random = new Random(seed);
            for (long i = 0; i < count; i++) {
                sink.accept(generator.next(random).value());
            }
        } finally {
            if (own) {
                JqwikSession.finish();
            }
        }
    }
}
