package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;

/**
 * The measure of the engine's question order: over 2,000 generated applicants (fixed seed),
 * interviews in the engine's order need on average no more questions than in the naive order,
 * alphabetical over {@code missingInformation}. Both averages are printed; docs/testing.md, "The
 * interview", records them.
 */
class InterviewOrderTest {

    @Test
    void theEnginesOrderNeedsNoMoreQuestionsOnAverageThanTheAlphabeticalOne() {
        EligibilityEngine engine = RulesFolder.bundledCopy();
        List<Applicant> population = InterviewLengths.population(engine, InterviewLengths.SEED, InterviewLengths.POPULATION);
        InterviewLengths.Tally ours = InterviewLengths.measure(engine, population, "engine", QuestionOrder.ENGINE);
        InterviewLengths.Tally naive = InterviewLengths.measure(engine, population, "alphabetical", QuestionOrder.ALPHABETICAL);
        System.out.println("[interview lengths] " + ours.line());
        System.out.println("[interview lengths] " + naive.line());
        System.out.println("[interview lengths] first asked (engine): " + ours.firstAsked());
        System.out.println("[interview lengths] first asked (alphabetical): " + naive.firstAsked());
        System.out.println("[interview lengths] unsound (engine): " + ours.unsoundScopes());
        assertEquals(0, ours.notEnded() + naive.notEnded(), "every interview ends");
        assertEquals(0, ours.unsound(), "every interview in the engine's order ends with the applicant's own statuses");
        assertTrue(ours.average() <= naive.average(),
                () -> "the engine's order takes " + ours.average() + " questions on average, the naive one " + naive.average());
    }
}
