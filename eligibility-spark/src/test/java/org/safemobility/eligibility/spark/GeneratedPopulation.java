package org.safemobility.eligibility.spark;

import java.util.List;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testkit.Applicants;

/** A seeded population from the testkit's generator of valid, varied, synthetic applicants. */
final class GeneratedPopulation {

    private GeneratedPopulation() {
    }

    static List<Applicant> of(long seed, int size) {
        return Applicants.applicants().sample(seed, size);
    }
}
