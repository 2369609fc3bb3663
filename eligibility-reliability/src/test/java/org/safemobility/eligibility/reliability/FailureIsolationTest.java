package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * A rule that throws, a constraint that throws, a rule set that loops and one that recurses: each
 * surfaces as an {@link EvaluationException} naming the rule, its criterion and the rule-set
 * version, without any applicant value, and the same engine then goes on giving the bundled rules'
 * reports.
 */
class FailureIsolationTest {

    private static EligibilityEngine bundled;
    private static EligibilityEngine tripwire;
    private static List<Applicant> examples;
    private static List<String> expected;

    @BeforeAll
    static void engines() {
        bundled = EligibilityEngine.builder().build();
        tripwire = TestRuleSets.tripwire();
        examples = Examples.applicants();
        expected = json(bundled, examples, tripwire.rulesetVersion());
    }

    /** Reports as JSON, with the version of {@code engine}'s rule set replaced by {@code as}. */
    private static List<String> json(EligibilityEngine engine, List<Applicant> applicants, String as) {
        List<String> out = new ArrayList<>();
        for (Applicant a : applicants) {
            out.add(EligibilityJson.writeReport(engine.evaluate(a)).replace(engine.rulesetVersion(), as));
        }
        return out;
    }

    /** A valid applicant whose every value is distinctive, so a leak is visible. */
    private static Applicant canary(String id) {
        var tree = Examples.tree(0);
        tree.put("id", id);
        tree.put("dateOfBirth", "1931-02-03");
        tree.putArray("nationalities").add("GT").add("MX");
        return EligibilityJson.readApplicant(tree.toString());
    }

    private static void assertNoApplicantValue(EvaluationException e, String id) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        for (String value : List.of(id, "1931-02-03", "[GT, MX]", "MX")) {
            assertFalse(trace.toString().contains(value), "leaked " + value + ":\n" + trace);
        }
        assertNull(e.getCause(), "the rule's own exception is never chained");
        assertEquals(0, e.getSuppressed().length);
    }

    private static void assertTheEngineStillWorks() {
        assertEquals(expected, json(tripwire, examples, tripwire.rulesetVersion()),
                "the same engine gives the bundled rules' reports after the failure");
    }

    @Test
    void aRuleThatThrowsIsAnEvaluationExceptionWithRuleCriterionAndVersion() {
        String id = "trip-Qz7Canary";
        EvaluationException e = assertThrows(EvaluationException.class, () -> tripwire.evaluate(canary(id)));

        assertEquals("TEST-THROWS", e.rule());
        assertEquals("TEST-THROWS", e.criterion());
        assertEquals(tripwire.rulesetVersion(), e.rulesetVersion());
        assertTrue(e.getMessage().startsWith("a rule failed with java.lang.IllegalStateException [rule=TEST-THROWS, "
                + "criterion=TEST-THROWS, ruleset=" + tripwire.rulesetVersion() + "]"), e.getMessage());
        assertNoApplicantValue(e, id);
        assertTheEngineStillWorks();
    }

    @Test
    void aConstraintThatThrowsIsAnEvaluationExceptionToo() {
        String id = "constraint-Qz7Canary";
        EvaluationException e = assertThrows(EvaluationException.class, () -> tripwire.evaluate(canary(id)));

        assertEquals("TEST-CONSTRAINT-THROWS", e.rule());
        assertEquals("TEST-CONSTRAINT-THROWS", e.criterion());
        assertEquals(tripwire.rulesetVersion(), e.rulesetVersion());
        assertTrue(e.getMessage().contains("java.lang.NumberFormatException"), e.getMessage());
        assertNoApplicantValue(e, id);
        assertTheEngineStillWorks();
    }

    @Test
    void aLoopingRuleSetIsStoppedByTheFiringLimitInBoundedTime() {
        String id = "loop-Qz7Canary";
        long start = System.nanoTime();
        EvaluationException e = assertThrows(EvaluationException.class, () -> tripwire.evaluate(canary(id)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("TEST-LOOPS", e.rule());
        assertEquals("TEST-LOOPS", e.criterion());
        assertEquals(tripwire.rulesetVersion(), e.rulesetVersion());
        assertTrue(e.getMessage().startsWith("the rules fired 2000 times without settling; a rule loops"), e.getMessage());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "stopped after " + took);
        Figures.print("loop", "a looping rule set stopped after 2,000 firings in " + took.toMillis() + " ms");
        assertNoApplicantValue(e, id);
        assertTheEngineStillWorks();
    }

    @Test
    void aRuleThatRecursesWithoutEndIsAnEvaluationException() {
        String id = "recurse-Qz7Canary";
        EvaluationException e = assertThrows(EvaluationException.class, () -> tripwire.evaluate(canary(id)));

        assertEquals("TEST-RECURSES", e.rule());
        assertEquals(tripwire.rulesetVersion(), e.rulesetVersion());
        assertTrue(e.getMessage().contains("java.lang.StackOverflowError"), e.getMessage());
        assertNoApplicantValue(e, id);
        assertTheEngineStillWorks();
    }

    @Test
    void aFailureInABatchFailsTheBatchAndTheGoodApplicantsThenEvaluate() {
        List<Applicant> batch = new ArrayList<>(examples);
        batch.add(7, canary("trip-in-a-batch"));

        EvaluationException e = assertThrows(EvaluationException.class, () -> tripwire.evaluateAll(batch, null));

        assertEquals("TEST-THROWS", e.rule());
        List<EligibilityReport> again = tripwire.evaluateAll(examples, null);
        List<String> json = again.stream()
                .map(r -> EligibilityJson.writeReport(r)).toList();
        assertEquals(expected, json);
    }
}
