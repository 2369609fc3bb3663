package org.safemobility.eligibility.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * What a command runs against: its standard streams and the engine. One per run; the engine is
 * built at most once, on first use, so a usage error or {@code --help} costs no rule loading.
 */
final class Console {

    private final InputStream in;
    private final PrintStream out;
    private final PrintWriter err;
    private final Supplier<EligibilityEngine> engineFactory;
    private EligibilityEngine engine;

    Console(InputStream in, PrintStream out, PrintWriter err, Supplier<EligibilityEngine> engineFactory) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.engineFactory = Objects.requireNonNull(engineFactory, "engineFactory");
    }

    /** Standard input, read by commands given {@code -} as their file. */
    InputStream in() {
        return in;
    }

    /** Standard output: JSON only. */
    PrintStream out() {
        return out;
    }

    /** Standard error: diagnostics, never applicant values. */
    PrintWriter err() {
        return err;
    }

    /** The engine of this run, built on first call. */
    EligibilityEngine engine() {
        if (engine == null) {
            engine = engineFactory.get();
        }
        return engine;
    }
}
