package org.safemobility.eligibility.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testkit.Applicants;

/** A seeded population from the testkit's generator of valid, varied, synthetic applicants. */
final class GeneratedPopulation {

    private GeneratedPopulation() {
    }

    static List<Applicant> of(long seed, int size) {
        JqwikSession.start();
        try {
            RandomGenerator<Applicant> generator = Applicants.applicants().generator(1000);
            Random random = new Random(seed);
            List<Applicant> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(generator.next(random).value());
            }
            return out;
        } finally {
            JqwikSession.finish();
        }
    }
}
