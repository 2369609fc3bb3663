package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Tag;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * How often 100 tries kill each hand-made mutant of {@link PolicyPropertiesFollowTheRulesTest},
 * over ten seeds: every mutant is killed by most seeds, the non-boundary ones by all. Prints the
 * table. Long (seventy property runs): stress profile only.
 */
@Tag("stress")
class PolicyMutantKillRateTest {

    private static final int TRIES = 100;
    private static final int SEEDS = 10;

    @Example
    void everyMutantDiesAtAHundredTriesForMostSeeds() {
        List<String> rows = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        PolicyPropertiesFollowTheRulesTest.logicChanges().forEach(edit -> {
            EligibilityEngine engine = RulesFolder.withEdit("logic-" + edit.name().replace(' ', '-'), edit.file(), edit.from(), edit.to());
            int killed = 0;
            for (long seed = 1; seed <= SEEDS; seed++) {
                PolicyProperties properties = PolicyRuns.against(engine);
                if (!PolicyRuns.failures(properties, PolicyRuns.applicants(properties, TRIES, seed)).isEmpty()) {
                    killed++;
                }
            }
            rows.add(edit.name() + ": killed by " + killed + " of " + SEEDS + " seeds at " + TRIES + " tries");
            if (killed * 2 <= SEEDS) {
                weak.add(edit.name());
            }
        });
        System.out.println(String.join("\n", rows));
        assertTrue(weak.isEmpty(), "mutants that survive half the seeds or more: " + weak + "\n" + String.join("\n", rows));
    }
}
