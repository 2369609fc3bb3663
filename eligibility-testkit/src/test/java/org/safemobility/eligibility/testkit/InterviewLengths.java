package org.safemobility.eligibility.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testkit.internal.Reports;

/**
 * How many questions interviews take in the engine's order and in the naive one (alphabetical over
 * {@code missingInformation}), over one generated population: the testkit's applicants aimed at
 * the engine, partial and complete in the default mix, drawn with a fixed seed. Run by
 * {@code InterviewOrderTest}, or on its own through {@code docs/scripts/interview-lengths.sh}.
 */
final class InterviewLengths {

    static final long SEED = 12L;
    static final int POPULATION = 2000;

    /** The tally of one order over the population. */
    record Tally(String order, int interviews, long questions, int most, int notEnded, int unsound,
                 Map<String, Integer> firstAsked, Map<String, Integer> unsoundScopes) {

        double average() {
            return (double) questions / interviews;
        }

        String line() {
            return String.format(Locale.ROOT, "%-12s interviews=%d average=%.3f max=%d notEnded=%d unsound=%d",
                    order, interviews, average(), most, notEnded, unsound);
        }
    }

    private InterviewLengths() {
    }

    /** The population: {@code size} applicants aimed at {@code engine}, from {@code seed}. */
    static List<Applicant> population(EligibilityEngine engine, long seed, int size) {
        return Applicants.aimedAt(engine).sample(seed, size);
    }

    static Tally measure(EligibilityEngine engine, List<Applicant> population, String name, QuestionOrder order) {
        long questions = 0;
        int most = 0;
        int notEnded = 0;
        int unsound = 0;
        Map<String, Integer> first = new TreeMap<>();
        Map<String, Integer> wrong = new TreeMap<>();
        for (Applicant applicant : population) {
            Interview.Run run = Interview.run(engine, applicant, null, Locale.ENGLISH, order);
            int asked = run.steps().size();
            questions += asked;
            most = Math.max(most, asked);
            if (!run.ended()) {
                notEnded++;
            }
            Map<String, org.safemobility.eligibility.Status> own = Reports.statuses(engine.evaluate(applicant));
            Map<String, org.safemobility.eligibility.Status> end = Reports.statuses(run.finalReport());
            if (!own.equals(end)) {
                unsound++;
                own.forEach((scope, status) -> {
                    if (status != end.get(scope)) {
                        boolean petition = applicant.usRelatives() != null
                                && applicant.usRelatives().stream().anyMatch(r -> r.i130() != null);
                        wrong.merge(scope + " " + status + "->" + end.get(scope)
                                + (petition ? " (applicant has a petition)" : " (no petition)"), 1, Integer::sum);
                    }
                });
            }
            if (asked > 0) {
                first.merge(run.askedFields().get(0), 1, Integer::sum);
            }
        }
        return new Tally(name, population.size(), questions, most, notEnded, unsound, first, wrong);
    }

    /** Prints both tallies for the bundled (precompiled) rules. */
    public static void main(String[] args) {
        EligibilityEngine engine = EligibilityEngine.builder().build();
        List<Applicant> population = population(engine, SEED, POPULATION);
        Tally ours = measure(engine, population, "engine", QuestionOrder.ENGINE);
        Tally naive = measure(engine, population, "alphabetical", QuestionOrder.ALPHABETICAL);
        System.out.println(ours.line());
        System.out.println(naive.line());
        System.out.println("first asked (engine): " + ours.firstAsked());
        System.out.println("first asked (alphabetical): " + naive.firstAsked());
        System.out.println("unsound (engine): " + ours.unsoundScopes());
    }
}
