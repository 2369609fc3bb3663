package org.safemobility.eligibility.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command, {@code eligibility}. It does nothing itself: each subcommand is one class,
 * listed in {@code subcommands} below.
 */
@Command(
        name = "eligibility",
        mixinStandardHelpOptions = true,
        subcommands = {EvaluateCommand.class, QuestionsCommand.class, ValidateCommand.class, TestCommand.class, DiffCommand.class, MutateCommand.class, HelpCommand.class},
        description = {
            "Screens applicants for lawful pathways to the United States and explains every answer.",
            "Reads applicants as JSON (applicant.schema.json) and writes reports as JSON (report.schema.json)."
        },
        footerHeading = "%n",
        footer = {
            "Run 'eligibility COMMAND --help' for the options of a command.",
            "Exit codes: 0 success, 2 invalid input or usage, 1 internal failure or findings",
            "(validate: problems in the rules; test: failed scenarios, coverage gaps)."
        })
final class EligibilityCommand {

    private final Console console;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal failure, print the stack trace to standard error.")
    boolean debug;

    EligibilityCommand(Console console) {
        this.console = console;
    }

    Console console() {
        return console;
    }
}
