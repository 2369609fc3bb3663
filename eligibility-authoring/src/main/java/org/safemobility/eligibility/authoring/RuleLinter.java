package org.safemobility.eligibility.authoring;

import java.nio.file.Path;
import java.util.List;
import org.safemobility.eligibility.authoring.lint.Lint;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * Checks a rule set before it is compiled: the DRL may use only the fact model and
 * {@code java.time}, never the JVM, files, the network, threads, reflection or the wall clock, and
 * every rule names the criterion it decides and its source; the reference tables have a citation
 * on every row, valid dates, codes and offices, no two rows of one key in force on the same day,
 * and no day left without a value where the screening policy needs one.
 *
 * <p>Every build of a rule set from a folder runs it first (and refuses a rule set with any
 * problem), the rules module's Maven build runs it on the bundled rules, and analysts run it on
 * their copy. Each {@link Problem} reads {@code file:line: code: message}; the codes are listed in
 * {@code docs/rules-authoring.md} ("Lint codes").
 *
 * <pre>{@code
 * List<Problem> problems = RuleLinter.lint(Path.of("my-rules"));
 * problems.forEach(System.err::println);   // reference/offices.csv:3: overlap: ...
 * }</pre>
 *
 * <p>Stable API: the codes are stable and tools may key on them; messages may be reworded.
 * Stateless and thread-safe. Linting the bundled rules takes a fraction of a second, most of it
 * the Drools parser warming up.
 */
public final class RuleLinter {

    private RuleLinter() {
    }

    /**
     * Lints the rule set in {@code folder}: the files its {@code ruleset.manifest} names, and the
     * folder itself for DRL or CSV files the manifest forgot.
     *
     * @param folder a rules folder holding a {@code ruleset.manifest}
     * @return every problem, sorted by file and line; empty when the rule set lints clean
     * @throws org.safemobility.eligibility.RuleSetException when the folder, its manifest or a file
     *         the manifest names cannot be read
     */
    public static List<Problem> lint(Path folder) {
        return Lint.run(RuleSetFiles.folder(folder));
    }

    /**
     * Every date in a cell of the rule set's reference tables (the CSV files under {@code reference/}
     * that the manifest names), in file and row order: the boundaries scenarios should test on both
     * sides. A cell holding exactly a {@code YYYY-MM-DD} date counts; empty cells (open ends), text
     * that merely mentions a date (a citation), and tables that do not read are left out (the lint
     * reports those).
     *
     * @param folder a rules folder, as for {@link #lint(Path)}
     * @return the dates, in file and row order; empty when the tables hold none
     * @throws org.safemobility.eligibility.RuleSetException when the folder, its manifest or a file
     *         the manifest names cannot be read
     */
    public static List<TableDate> tableDates(Path folder) {
        return Lint.tableDates(RuleSetFiles.folder(folder));
    }
}
