package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eligibility questions [--rules DIR] [--as-of DATE] [--lang LANG] [--jsonl] FILE|-}: the
 * interview. For each request (an applicant's answers so far and the fields they declined) prints
 * the questions that can still change a status, best first ({@code questions.schema.json}). Input,
 * limits and error objects are those of {@code evaluate}.
 */
@Command(
        name = "questions",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        headerHeading = "%n",
        header = "Print the questions that can still change a status, best first.",
        description = {
            "",
            "A request is an applicant's answers so far (id and office at least)",
            "and the field paths they were asked and declined:",
            "  {\"applicant\": {...}, \"declined\": [\"field.path\", ...]}",
            "\"declined\" is optional; a declined field is never asked again.",
            "",
            "Input is one request (a JSON object), a JSON array of requests, or",
            "JSON Lines (FILE ends in .jsonl, or --jsonl): one request a line.",
            "Each request gets one answer, in input order:",
            "  {\"applicantId\": ..., \"language\": ..., \"questions\": [{\"field\": ...,",
            "   \"text\": ..., \"answer\": {\"type\": ..., \"options\": [{\"value\": ...,",
            "   \"label\": ...}]}, \"scopes\": [...]}]}",
            "An empty questions list means nothing left to ask can change any status.",
            "",
            "An invalid request becomes an error object in its place, exactly as in",
            "evaluate (field paths of the request: applicant.dateOfBirth, declined[2];",
            "never values), and the others are still answered. Limits are those of",
            "evaluate: one request takes at most 262,144 characters.",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every request was answered",
            "1:internal failure (an applicant the rules fail on is an error object, evaluation-failed, "
                    + "in its place), standard output closed early, or the rules of --rules do not build",
            "2:invalid input (error objects in its place), invalid command line (an unsupported --lang), "
                    + "or DIR is not a folder"
        })
final class QuestionsCommand implements Callable<Integer> {

    @ParentCommand
    private EligibilityCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private BatchOptions options;

    @Override
    public Integer call() throws IOException {
        return options.run(parent.console(), spec, new BatchRun.Naming("questions", "request", "requests"),
                BatchEvaluator.Answer.QUESTIONS, BatchRun.Output.JSON);
    }
}
