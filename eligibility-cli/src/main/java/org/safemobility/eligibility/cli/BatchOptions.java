package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.safemobility.eligibility.EligibilityEngine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options and input of the commands that answer each applicant of a file ({@code evaluate},
 * {@code questions}): {@code [--rules DIR] [--as-of DATE] [--lang LANG] [--jsonl] FILE|-}. A picocli
 * mixin; {@link #run} builds the engine, checks the language and runs a {@link BatchRun}.
 */
final class BatchOptions {

    @Mixin
    RulesOption rules;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = {"Evaluation date of applicants without an",
                "applicationDate (theirs always wins). Default: today."})
    LocalDate asOf;

    @Mixin
    LanguageOption lang;

    @Option(names = "--jsonl",
            description = {"Read JSON Lines whatever the file name, for example from -."})
    boolean jsonl;

    @Parameters(index = "0", paramLabel = "FILE|-",
            description = "The input; - reads standard input.")
    String file;

    /** True when the input is read as JSON Lines: {@code --jsonl}, or a file whose name ends in {@code .jsonl}. */
    boolean jsonLines() {
        return BatchRun.jsonLines(file, jsonl);
    }

    /**
     * Builds the engine (of {@code --rules} when given) before any input is read, refuses a
     * language it does not speak (a usage error), then answers every input; returns the exit code.
     */
    int run(Console console, CommandSpec spec, BatchRun.Naming naming, BatchEvaluator.Answer answer,
            BatchRun.Output output) throws IOException {
        Integer broken = rules.build(console, naming.command());
        if (broken != null) {
            return broken;
        }
        EligibilityEngine engine = console.engine();
        Locale language = lang.of(engine, spec);
        return new BatchRun(console, naming, new BatchEvaluator.Job(engine, asOf, language, answer), output)
                .run(file, jsonLines());
    }
}
