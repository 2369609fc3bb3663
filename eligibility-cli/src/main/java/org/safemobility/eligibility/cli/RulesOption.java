package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option of every command that runs rules: the rules of a folder on disk
 * instead of the bundled ones. A picocli mixin, so each command lists it with its own options.
 *
 * <p>Exit codes, the same in every command: a DIR that is not a folder is a usage error (2); rules
 * that do not build are the rules' fault (1), and every problem is printed as
 * {@code file:line: code: message}.
 */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rules in folder DIR (DRL files, criteria.csv, reference/*.csv and "
                    + "ruleset.manifest: the layout of the bundled rules' source folder) instead of the "
                    + "bundled rules. They are linted and compiled first, which takes a few seconds.")
    Path folder;

    /** True when {@code --rules} was given. */
    boolean given() {
        return folder != null;
    }

    /**
     * False, after saying so on standard error, when {@code --rules} names something that is not a
     * folder; the command then exits with 2.
     */
    boolean usable(Console console, String command) {
        if (folder != null && !Files.isDirectory(folder)) {
            console.err().println(command + ": --rules " + folder + ": not a folder");
            console.err().flush();
            return false;
        }
        return true;
    }

    /**
     * The engine of this run: built from the folder when {@code --rules} was given, else the bundled
     * rules.
     *
     * @throws RuleSetException when the rules do not build
     */
    EligibilityEngine engine(Console console) {
        return folder != null ? console.engine(folder) : console.engine();
    }

    /**
     * Builds the engine of {@code --rules} when it was given, before any input is read, so that a
     * broken rules folder prints nothing on standard output. Returns {@code null} when the command
     * may go on (with {@link Console#engine()} the engine to use), else its exit code, after saying
     * why on standard error.
     */
    Integer build(Console console, String command) {
        if (folder == null) {
            return null;
        }
        if (!usable(console, command)) {
            return Main.EXIT_INVALID;
        }
        try {
            console.engine(folder);
            return null;
        } catch (RuleSetException e) {
            describe(console.err(), command, e);
            return Main.EXIT_INTERNAL;
        }
    }

    /** Where the rules come from, for messages: the folder, or "the bundled rules". */
    String source() {
        return folder != null ? folder.toString() : "the bundled rules";
    }

    /** {@code command: the rules in DIR do not build: N problems}, then each problem, indented. */
    void describe(PrintWriter err, String command, RuleSetException e) {
        err.println(command + ": the rules in " + source() + " do not build: " + count(e.problems().size()));
        for (String problem : e.problems()) {
            err.println("  " + problem);
        }
        err.flush();
    }

    /** {@code 1 problem}, {@code 2 problems}. */
    static String count(int problems) {
        return problems + (problems == 1 ? " problem" : " problems");
    }
}
