package org.safemobility.eligibility.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.report.MissingInformation;

/**
 * Which question an {@link Interview} asks next. {@link #ENGINE} takes the engine's first
 * question; {@link #ALPHABETICAL} is the naive order the engine's is measured against.
 */
@FunctionalInterface
public interface QuestionOrder {

    /**
     * The next question, or empty when the interview is over.
     *
     * @param turn the answers so far, the declined fields, the report on the answers, and the
     *             engine's questions for them, best first
     * @return the question to ask, or empty when the interview is over
     */
    Optional<Question> next(Interview.Turn turn);

    /** The engine's order: the first of {@code engine.questions(...)}; over when it is empty. */
    QuestionOrder ENGINE = turn -> turn.questions().stream().findFirst();

    /**
     * The naive order: the alphabetically first field of the report's {@code missingInformation}
     * that was not declined, asked as the engine words it; over when there is none. Fails when the
     * engine has no question for that field, since every missing field not declined must be one.
     */
    QuestionOrder ALPHABETICAL = turn -> {
        Set<String> declined = turn.declined();
        Optional<String> field = turn.report().missingInformation().stream().map(MissingInformation::field)
                .filter(f -> !declined.contains(f)).min(Comparator.naturalOrder());
        if (field.isEmpty()) {
            return Optional.empty();
        }
        List<Question> questions = turn.questions();
        return Optional.of(questions.stream().filter(q -> q.field().equals(field.get())).findFirst()
                .orElseThrow(() -> new IllegalStateException("missing information names " + field.get()
                        + ", which is not declined, but the engine has no question for it")));
    };
}
