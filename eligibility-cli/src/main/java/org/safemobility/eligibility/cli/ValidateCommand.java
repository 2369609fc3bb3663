package org.safemobility.eligibility.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.RuleSetGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code eligibility validate [--rules DIR]}: builds a rule set the way the engine would (the rule
 * linter, then the DRL compiler, then the checks of the tables and criteria), screens it with the
 * {@link RuleSetGate} that {@code ReloadableEngine} also runs, and lists every problem, or says it
 * is OK and seals the folder (its hash list, which a reload requires). The problems are those of
 * the {@link RuleSetException} the build or the screen throws, in its order.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        headerHeading = "%n",
        header = "Check a rule set: lint it, compile it, and list every problem.",
        description = {
            "",
            "With --rules DIR: reads the rules folder, runs the rule linter,",
            "compiles the DRL with the classic compiler and checks the reference",
            "tables and that every criterion of criteria.csv has a rule; then",
            "screens 3,000 synthetic applicants aimed at the folder's own tables,",
            "and the applicants of DIR/scenarios/ if there is one: a rule that",
            "fails on any of them, or a criterion no rule decides for one, is a",
            "problem (with how many applicants it concerned). Prints",
            "each problem found on a line of its own, in the form",
            "  file:line: code: message",
            "(file relative to DIR; line 0 when the problem concerns a whole",
            "file), then a line counting them: 2 problems. Rules without",
            "problems print",
            "  OK <rulesetVersion>",
            "and are sealed: DIR/ruleset.sha256 lists every file of the manifest",
            "with its SHA-256. A service's ReloadableEngine puts a folder to use",
            "only if it matches that list: edit the folder, validate it again.",
            "",
            "Without --rules: checks the bundled rules, which were linted and",
            "compiled when they were built; loads them, verifies every file",
            "against the hashes their build wrote, screens them as above, and",
            "prints OK and the version.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the rules have no problem",
            "1:the rules have problems (listed on standard output), or an internal failure",
            "2:invalid command line, or DIR is not a folder"
        })
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private EligibilityCommand parent;

    @Mixin
    private RulesOption rules;

    @Override
    public Integer call() {
        Console console = parent.console();
        if (!rules.usable(console, "validate")) {
            return Main.EXIT_INVALID;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8));
        EligibilityEngine engine;
        try {
            engine = rules.engine(console);
        } catch (RuleSetException e) {
            e.problems().forEach(out::println);
            out.println(RulesOption.count(e.problems().size()));
            out.flush();
            return Main.EXIT_FINDINGS;
        }
        Path sealed;
        try {
            sealed = RuleSetGate.accept(engine, rules.folder);
        } catch (RuleSetException e) {
            e.problems().forEach(out::println);
            out.println(RulesOption.count(e.problems().size()));
            out.flush();
            return Main.EXIT_FINDINGS;
        }
        out.println("OK " + engine.rulesetVersion());
        if (sealed != null) {
            out.println("sealed: " + rules.folder.resolve(sealed.getFileName()) + " lists every file with its SHA-256");
        }
        out.flush();
        return 0;
    }
}
