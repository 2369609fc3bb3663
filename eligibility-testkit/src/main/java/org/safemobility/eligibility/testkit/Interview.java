package org.safemobility.eligibility.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.interview.AnswerType;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.FieldPaths;
import org.safemobility.eligibility.testkit.internal.JsonTree;

/**
 * Runs an interview to its end, answering from an applicant whose answers are known (complete,
 * or partial: what it lacks is declined), as a service driving
 * {@link EligibilityEngine#questions} would.
 *
 * <p>The applicant's {@code id}, {@code office} and {@code applicationDate} are given, never
 * asked. Then, until the order has no question left: the question is asked; if the applicant has
 * a value at its field path, it is copied into the answers, otherwise the path is declined. A list
 * of entries ({@code usRelatives}, {@code employment.jobOffers}) is answered with each entry
 * reduced to what the question's {@link Question#entries()} say the list's answer gives: the
 * required field ({@code relationship}) and, as an empty object, each object whose presence the
 * policy reads (an {@code i130}: the relative filed a petition); the entries' other fields are
 * questions of their own ({@code usRelatives[0].i130.status}). Any other list (dates, countries,
 * grounds) is copied whole.
 *
 * <pre>{@code
 * Interview.Run run = Interview.run(engine, applicant, null, Locale.ENGLISH, QuestionOrder.ENGINE);
 * run.askedFields();  // [dateOfBirth, nationalities, residence.arrivalDate, ...]
 * run.finalReport();  // the statuses the applicant's own report has, if the interview is sound
 * }</pre>
 *
 * <p>Stateless and thread-safe. An interview that has not ended after {@link #MAX_QUESTIONS}
 * questions stops there with {@link Run#ended()} false, so a loop in the engine's questions is a
 * failure, not a hang.
 */
public final class Interview {

    /** The most questions an interview may take before it is stopped as endless. */
    public static final int MAX_QUESTIONS = 200;

    private Interview() {
    }

    /**
     * What the order sees before each question.
     *
     * @param answers   the answers so far
     * @param declined  the paths asked and not answered, in the order they were declined
     * @param report    the engine's report on {@code answers}
     * @param questions the engine's questions for {@code answers} and {@code declined}, best first
     */
    public record Turn(Applicant answers, Set<String> declined, EligibilityReport report, List<Question> questions) {

        /**
         * Copies the declined paths, keeping their order, and the questions.
         *
         * @param answers the answers so far
         * @param declined the paths asked and not answered, in the order they were declined
         * @param report the engine's report on {@code answers}
         * @param questions the engine's questions for {@code answers} and {@code declined}, best first
         */
        public Turn {
            declined = Collections.unmodifiableSet(new LinkedHashSet<>(declined));
            questions = List.copyOf(questions);
        }
    }

    /**
     * One question asked.
     *
     * @param question the question
     * @param answered whether the applicant had a value for it (else the path was declined)
     * @param before   the turn it was asked at: the answers, the report on them, the engine's questions
     */
    public record Step(Question question, boolean answered, Turn before) {
    }

    /**
     * A whole interview.
     *
     * @param applicant   the applicant the answers were taken from
     * @param steps       the questions asked, in order
     * @param last        the turn at which the order had no question left, or, if the interview
     *                    was stopped, the turn after the last question
     * @param ended       false when the interview was stopped after {@link #MAX_QUESTIONS} questions
     */
    public record Run(Applicant applicant, List<Step> steps, Turn last, boolean ended) {

        /**
         * Copies the steps.
         *
         * @param applicant the applicant the answers were taken from
         * @param steps the questions asked, in order
         * @param last the turn at which the order had no question left, or, if the interview was stopped, the
         *             turn after the last question
         * @param ended false when the interview was stopped after {@link #MAX_QUESTIONS} questions
         */
        public Run {
            steps = List.copyOf(steps);
        }

        /**
         * The field paths asked, in order.
         *
         * @return the field path of every question asked
         */
        public List<String> askedFields() {
            return steps.stream().map(s -> s.question().field()).toList();
        }

        /**
         * The report on the answers at the end.
         *
         * @return the engine's report at the last turn
         */
        public EligibilityReport finalReport() {
            return last.report();
        }

        /**
         * The answers at the end.
         *
         * @return the answers given by the last turn
         */
        public Applicant answers() {
            return last.answers();
        }
    }

    /**
     * Interviews {@code applicant} to the end.
     *
     * @param engine    the engine that screens and asks
     * @param applicant the source of the answers; valid for {@code engine}
     * @param asOf      the as-of date, or {@code null} for today (an {@code applicationDate} wins)
     * @param language  a language of {@link EligibilityEngine#languages()}
     * @param order     which question to ask next
     * @return the interview: every question asked and the last turn
     */
    public static Run run(EligibilityEngine engine, Applicant applicant, LocalDate asOf, Locale language,
                          QuestionOrder order) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(order, "order");
        JsonNode source = JsonTree.of(Objects.requireNonNull(applicant, "applicant"));
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        for (String given : List.of("id", "office", "applicationDate")) {
            if (source.hasNonNull(given)) {
                answers.set(given, source.get(given).deepCopy());
            }
        }
        Set<String> declined = new LinkedHashSet<>();
        List<Step> steps = new ArrayList<>();
        while (true) {
            Turn turn = turn(engine, answers, declined, asOf, language);
            Optional<Question> next = order.next(turn);
            if (next.isEmpty()) {
                return new Run(applicant, steps, turn, true);
            }
            if (steps.size() == MAX_QUESTIONS) {
                return new Run(applicant, steps, turn, false);
            }
            Question question = next.get();
            boolean answered = answer(source, answers, question);
            if (!answered) {
                declined.add(question.field());
            }
            steps.add(new Step(question, answered, turn));
        }
    }

    private static Turn turn(EligibilityEngine engine, ObjectNode answers, Set<String> declined, LocalDate asOf,
                             Locale language) {
        Applicant applicant = EligibilityJson.readApplicant(answers.toString());
        EligibilityReport report = engine.evaluate(applicant, asOf, language);
        return new Turn(applicant, declined, report, engine.questions(applicant, declined, asOf, language));
    }

    /** Copies the applicant's answer to {@code question} into {@code answers}; false when it has none. */
    private static boolean answer(JsonNode source, ObjectNode answers, Question question) {
        String path = question.field();
        JsonNode value = FieldPaths.get(source, path);
        if (value == null) {
            return false;
        }
        if (question.type() == AnswerType.LIST && value.isArray()) {
            value = entriesReduced((ArrayNode) value, question.entries());
        }
        FieldPaths.set(answers, path, value.deepCopy());
        return true;
    }

    /** The list with each entry reduced to what the list's answer gives: values kept, objects emptied. */
    private static ArrayNode entriesReduced(ArrayNode list, List<String> given) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode entry : list) {
            ObjectNode reduced = out.addObject();
            for (String field : given) {
                JsonNode value = entry.get(field);
                if (value != null && !value.isNull()) {
                    reduced.set(field, value.isObject() ? JsonNodeFactory.instance.objectNode() : value.deepCopy());
                }
            }
        }
        return out;
    }
}
