package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;

class InternalFailureTest {

    private static final Supplier<EligibilityEngine> FAILING = () -> {
        throw new EvaluationException("a rule looped", "ACC-OFFICE-OPEN", "test-ruleset");
    };

    @Test
    void anInternalFailureIsExitOneWithTypeAndMessageButNoStackTrace() {
        CliRun.Result r = CliRun.run(FAILING, compact(example(0)), "evaluate", "-");

        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("eligibility: internal failure: org.safemobility.eligibility.EvaluationException: "
                + "a rule looped [rule=ACC-OFFICE-OPEN, ruleset=test-ruleset]"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void debugPrintsTheStackTrace() {
        CliRun.Result r = CliRun.run(FAILING, compact(example(0)), "evaluate", "--debug", "-");
        CliRun.Result before = CliRun.run(FAILING, compact(example(0)), "--debug", "evaluate", "-");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("\tat org.safemobility.eligibility.cli."), r.err());
        assertEquals(1, before.exitCode());
        assertTrue(before.err().contains("\tat org.safemobility.eligibility.cli."), before.err());
    }

    @Test
    void anUnexpectedExceptionIsExitOneToo() {
        CliRun.Result r = CliRun.run(() -> {
            throw new IllegalStateException("no rules here");
        }, "[]", "evaluate", "-");

        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("internal failure: java.lang.IllegalStateException: no rules here"), r.err());
    }
}
