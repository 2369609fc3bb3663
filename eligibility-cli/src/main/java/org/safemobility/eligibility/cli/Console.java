package org.safemobility.eligibility.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * What a command runs against: its standard streams and the engine. One per run; the engine is
 * built at most once, on first use, so a usage error or {@code --help} costs no rule loading. A
 * command given {@code --rules DIR} builds it from the folder instead ({@link #engine(Path)}).
 */
final class Console {

    private final InputStream in;
    private final PrintStream out;
    private final PrintWriter err;
    private final Supplier<EligibilityEngine> engineFactory;
    private final Function<Path, EligibilityEngine> folderEngines;
    private EligibilityEngine engine;

    /** Builds an engine from a rules folder (lints and compiles it, a few seconds), once per content. */
    static final Function<Path, EligibilityEngine> FOLDER_ENGINES = FolderEngines::of;

    Console(InputStream in, PrintStream out, PrintWriter err, Supplier<EligibilityEngine> engineFactory) {
        this(in, out, err, engineFactory, FOLDER_ENGINES);
    }

    Console(InputStream in, PrintStream out, PrintWriter err, Supplier<EligibilityEngine> engineFactory,
            Function<Path, EligibilityEngine> folderEngines) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.engineFactory = Objects.requireNonNull(engineFactory, "engineFactory");
        this.folderEngines = Objects.requireNonNull(folderEngines, "folderEngines");
    }

    /** Standard input, read by commands given {@code -} as their file. */
    InputStream in() {
        return in;
    }

    /** Standard output: the command's result (evaluate: JSON only). */
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

    /**
     * The engine of this run built from the rules in {@code folder}; {@link #engine()} returns it
     * from then on.
     *
     * @throws org.safemobility.eligibility.RuleSetException when the folder's rules do not build
     */
    EligibilityEngine engine(Path folder) {
        engine = folderEngine(folder);
        return engine;
    }

    /**
     * An engine built from the rules in {@code folder}, leaving this run's engine as it is (diff
     * builds two).
     *
     * @throws org.safemobility.eligibility.RuleSetException when the folder's rules do not build
     */
    EligibilityEngine folderEngine(Path folder) {
        return folderEngines.apply(folder);
    }
}
