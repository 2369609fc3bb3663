package org.safemobility.eligibility.authoring.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.RuleLinter;

/**
 * Lints a rules folder from a build: {@code LintMain <folder>} prints each problem on standard
 * error as {@code file:line: code: message} and fails when there is any. The rules module's Maven
 * build runs it inside Maven's own JVM (exec:java), so it throws instead of calling
 * {@code System.exit}, which would end Maven itself.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LintMain {

    private LintMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LintMain <rules folder>");
        }
        int problems = run(Path.of(args[0]), System.err);
        if (problems > 0) {
            throw new IllegalStateException("rule lint: " + problems + (problems == 1 ? " problem" : " problems")
                    + " in " + args[0]);
        }
    }

    /** Lints {@code folder}, printing each problem to {@code err}; returns how many there are. */
    public static int run(Path folder, PrintStream err) {
        List<String> lines;
        try {
            lines = RuleLinter.lint(folder).stream().map(Problem::toString).toList();
        } catch (RuleSetException e) {
            lines = e.problems();
        }
        lines.forEach(err::println);
        return lines.size();
    }
}
