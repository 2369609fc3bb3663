package org.safemobility.eligibility.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.Reports;

/**
 * Four properties of the interview ({@link org.safemobility.eligibility.EligibilityEngine#questions}),
 * checked by running an {@link Interview} to its end for each generated applicant, answering from
 * it and declining what it lacks, in every language of the engine (each try draws one):
 *
 * <pre>{@code
 * class MyInterviewProperties implements InterviewProperties {
 *     public EligibilityEngine engine() { return ENGINE; }
 * }
 * }</pre>
 *
 * <ol>
 *   <li><b>soundness</b>: when no question is left, access and all six pathways have the statuses
 *       of the applicant's own report;</li>
 *   <li><b>termination</b>: the interview ends within {@link Interview#MAX_QUESTIONS} questions;</li>
 *   <li><b>no repeats</b>: no field is asked twice, and a declined field is never asked again;</li>
 *   <li><b>relevance</b>: every question names the scopes it could change, each of them is
 *       POSSIBLY_ELIGIBLE in the report on the answers when it is asked, and its text and option
 *       labels are not blank.</li>
 * </ol>
 *
 * <p>The applicants are {@link #testkitApplicants()} (partial, in the default mix) and
 * {@link #testkitCompleteApplicants()}, half each. The questions are asked in
 * {@link #interviewOrder()}, the engine's own by default. Each property fails with a
 * {@link Counterexample}: the applicant, the fields asked, and the reports that disagree.
 */
public interface InterviewProperties extends RulesUnderTest {

    /**
     * The order the interviews ask in; by default {@link QuestionOrder#ENGINE}.
     *
     * @return the question order of every interview
     */
    default QuestionOrder interviewOrder() {
        return QuestionOrder.ENGINE;
    }

    /**
     * The provider the interview properties name: partial and complete applicants. Do not override.
     *
     * @return partial and complete applicants, half each
     */
    @Provide
    default Arbitrary<Applicant> testkitInterviewees() {
        return Arbitraries.oneOf(testkitApplicants(), testkitCompleteApplicants());
    }

    /**
     * The provider of languages: every language of {@link #engine()}. Do not override.
     *
     * @return the languages of the engine under test
     */
    @Provide
    default Arbitrary<Locale> testkitLanguages() {
        List<Locale> languages = new ArrayList<>(engine().languages());
        languages.sort((a, b) -> a.toLanguageTag().compareTo(b.toLanguageTag()));
        return Arbitraries.of(languages);
    }

    /**
     * Soundness: at the end, every status is the applicant's own.
     *
     * @param applicant a generated applicant, the source of the interview's answers
     * @param language a language of the engine under test, for the questions' wording
     */
    @Property
    default void anInterviewEndsWithTheApplicantsOwnStatuses(@ForAll("testkitInterviewees") Applicant applicant,
                                                            @ForAll("testkitLanguages") Locale language) {
        Interview.Run run = interview(applicant, language);
        EligibilityReport own = screen(applicant);
        Map<String, Status> expected = Reports.statuses(own);
        Map<String, Status> actual = Reports.statuses(run.finalReport());
        List<String> differences = new ArrayList<>();
        expected.forEach((scope, status) -> {
            if (status != actual.get(scope)) {
                differences.add(scope + ": " + status + " for the applicant, " + actual.get(scope) + " after the interview");
            }
        });
        if (!differences.isEmpty()) {
            throw failure(run, "soundness", "the interview ended with other statuses than the applicant's own.", differences)
                    .report("The applicant's report", own).report("Report at the end of the interview", run.finalReport())
                    .build();
        }
    }

    /**
     * Termination: the interview ends within {@link Interview#MAX_QUESTIONS} questions.
     *
     * @param applicant a generated applicant, the source of the interview's answers
     * @param language a language of the engine under test, for the questions' wording
     */
    @Property
    default void anInterviewEnds(@ForAll("testkitInterviewees") Applicant applicant,
                                 @ForAll("testkitLanguages") Locale language) {
        Interview.Run run = interview(applicant, language);
        if (!run.ended()) {
            throw failure(run, "termination", "the interview had not ended after " + Interview.MAX_QUESTIONS
                    + " questions.", List.of()).report("Report when stopped", run.finalReport()).build();
        }
    }

    /**
     * No repeats: no field is asked twice, a declined one never again.
     *
     * @param applicant a generated applicant, the source of the interview's answers
     * @param language a language of the engine under test, for the questions' wording
     */
    @Property
    default void anInterviewNeverAsksTheSameFieldTwice(@ForAll("testkitInterviewees") Applicant applicant,
                                                       @ForAll("testkitLanguages") Locale language) {
        Interview.Run run = interview(applicant, language);
        List<String> problems = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        for (Interview.Step step : run.steps()) {
            String field = step.question().field();
            if (step.before().declined().contains(field)) {
                problems.add(field + " was asked again after it was declined");
            } else if (!asked.add(field)) {
                problems.add(field + " was asked again after it was answered");
            }
        }
        if (!problems.isEmpty()) {
            throw failure(run, "no repeats", "the interview asked a field again.", problems).build();
        }
    }

    /**
     * Relevance: every question could change a scope that is still open, and reads in the language.
     *
     * @param applicant a generated applicant, the source of the interview's answers
     * @param language a language of the engine under test, for the questions' wording
     */
    @Property
    default void everyQuestionCanStillChangeAStatus(@ForAll("testkitInterviewees") Applicant applicant,
                                                    @ForAll("testkitLanguages") Locale language) {
        Interview.Run run = interview(applicant, language);
        List<String> problems = new ArrayList<>();
        for (Interview.Step step : run.steps()) {
            Question q = step.question();
            if (q.scopes().isEmpty()) {
                problems.add(q.field() + " was asked with no scope it could change");
            }
            Map<String, Status> statuses = Reports.statuses(step.before().report());
            for (String scope : q.scopes()) {
                if (statuses.get(scope) != Status.POSSIBLY_ELIGIBLE) {
                    problems.add(q.field() + " was asked for " + scope + ", which was " + statuses.get(scope));
                }
            }
            if (q.text().isBlank()) {
                problems.add(q.field() + " has no text in " + language.toLanguageTag());
            }
            for (Option option : q.options()) {
                if (option.label().isBlank()) {
                    problems.add(q.field() + " has an option " + option.value() + " with no label in " + language.toLanguageTag());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw failure(run, "relevance", "the interview asked a question whose answer could change no open status.",
                    problems).build();
        }
    }

    private Interview.Run interview(Applicant applicant, Locale language) {
        return Interview.run(engine(), applicant, null, language, interviewOrder());
    }

    private static Counterexample.Builder failure(Interview.Run run, String property, String claim, List<String> lines) {
        return Counterexample.builder(property, claim).lines(lines)
                .line("Asked, in order: " + run.askedFields())
                .line("Declined: " + run.last().declined())
                .applicant(run.applicant());
    }
}
