package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;

/**
 * PropertyJudge runs property classes against the engine it is given: the stock and policy
 * properties pass on the bundled rules and catch the planted bug; an assertion kills, any other
 * exception is an error.
 */
class PropertyJudgeTest {

    @Test
    void theStockAndPolicyPropertiesPassOnTheBundledRulesAndKillThePlantedBug() throws Exception {
        PropertyJudge judge = PropertyJudge.stockAndPolicy().tries(50);
        assertEquals(Optional.empty(), judge.judge(RulesFolder.bundledCopy()));
        // policy section 3: a participant in persecution is never refugee-eligible; the bug lets one through
        Optional<String> killed = judge.judge(PlantedBug.engine());
        // (the policy invariant catches it; with random tries a stock property may fail first)
        assertTrue(killed.isPresent());
        assertTrue(killed.get().startsWith("property "), killed.get());
    }

    @Test
    void theEngineIsGivenOnlyDuringAJudgement() {
        assertThrows(IllegalStateException.class, PropertyJudge::engineUnderTest);
        assertThrows(IllegalArgumentException.class, () -> PropertyJudge.of(PropertyJudgeTest.class));
    }

    @Test
    void anAssertionKillsAndAnyOtherExceptionIsAnError() throws Exception {
        PropertyJudge asserting = PropertyJudge.of(Asserting.class);
        assertEquals(Optional.of("property sawTheEngine failed: saw " + RulesFolder.bundledCopy().rulesetVersion()),
                asserting.judge(RulesFolder.bundledCopy()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PropertyJudge.of(Throwing.class).judge(RulesFolder.bundledCopy()));
        assertEquals("the engine broke", e.getMessage());
    }

    /** Fails with an assertion naming the engine it was given. */
    static class Asserting implements MutantRules {
        @Example
        void sawTheEngine() {
            throw new AssertionError("saw " + engine().rulesetVersion() + "\nsecond line");
        }
    }

    /** Fails with an exception that is not an assertion, as an engine that throws does. */
    static class Throwing implements MutantRules {
        @Example
        void breaks() {
            throw new IllegalStateException("the engine broke");
        }
    }
}
