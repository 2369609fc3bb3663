package org.safemobility.eligibility;

import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * What became of one applicant of a batch screened with
 * {@link EligibilityEngine#evaluateEach(List, java.time.LocalDate, java.util.Locale)} or
 * {@link EligibilityEngine#summarizeEach(List, java.time.LocalDate)}: exactly one of
 * <ul>
 *   <li>{@link Screened}: the rules ran and gave a report ({@code evaluateEach} only);</li>
 *   <li>{@link Summarized}: the rules ran and gave the report's summary ({@code summarizeEach} only);</li>
 *   <li>{@link Rejected}: the applicant breaks the contract (on its evaluation date), so the rules
 *       never saw it; the violations say where and why;</li>
 *   <li>{@link Failed}: the applicant is valid but the rules failed on it; the failure names the rule
 *       and the criterion it decides.</li>
 * </ul>
 *
 * <p>A batch gives one result per applicant, in input order, and one applicant's rejection or
 * failure never changes another applicant's result. The interface is sealed: these four cases are
 * all there is (on Java 21 a {@code switch} over them needs no default), and a batch holds three
 * of them: {@code Screened} or {@code Summarized} by the method called, {@code Rejected}, {@code Failed}.
 *
 * <pre>{@code
 * for (ScreeningResult r : engine.evaluateEach(applicants, asOf)) {
 *     if (r instanceof ScreeningResult.Screened s) {
 *         store(s.report());
 *     } else if (r instanceof ScreeningResult.Rejected x) {
 *         askAgain(x.applicantId(), x.violations());       // field paths and codes
 *     } else if (r instanceof ScreeningResult.Failed f) {
 *         alertRuleAuthors(f.rule(), f.criterion());
 *     }
 * }
 * }</pre>
 *
 * <p>No result carries applicant values: a report holds what the applicant's report holds, and
 * the violations and failure messages name field paths, codes, rules and criteria only (the
 * same guarantee as {@link InvalidApplicantException} and {@link EvaluationException}). Results are
 * immutable values: two equal inputs screened by the same rules give equal results.
 */
public sealed interface ScreeningResult
        permits ScreeningResult.Screened, ScreeningResult.Summarized, ScreeningResult.Rejected,
        ScreeningResult.Failed {

    /**
     * The applicant's id: always present for {@link Screened}, {@link Summarized} and {@link Failed} (a valid
     * applicant has a valid id); for {@link Rejected}, {@code null} when the id itself is missing
     * or breaks its pattern.
     *
     * @return the id, or {@code null} for a rejection without a valid id
     */
    String applicantId();

    /**
     * The rules screened the applicant.
     *
     * @param report the report, as {@link EligibilityEngine#evaluate(org.safemobility.eligibility.model.Applicant,
     *               java.time.LocalDate, java.util.Locale)} would give it for the same applicant; never
     *               {@code null}
     */
    record Screened(EligibilityReport report) implements ScreeningResult {

        /**
         * Checks that the report is present.
         *
         * @param report the report
         */
        public Screened {
            Objects.requireNonNull(report, "report");
        }

        /** The id of the screened applicant, as its report states it. */
        @Override
        public String applicantId() {
            return report.applicantId();
        }
    }

    /**
     * The rules screened the applicant, and the batch asked for summaries.
     *
     * @param summary the statuses and missing fields, equal to the {@link EligibilityReport#summary()
     *                summary} of the report {@link Screened} would hold; never {@code null}
     */
    record Summarized(ScreeningSummary summary) implements ScreeningResult {

        /**
         * Checks that the summary is present.
         *
         * @param summary the summary
         */
        public Summarized {
            Objects.requireNonNull(summary, "summary");
        }

        /** The id of the screened applicant, as its summary states it. */
        @Override
        public String applicantId() {
            return summary.applicantId();
        }
    }

    /**
     * The applicant breaks the contract and was not screened; the same violations
     * {@link EligibilityEngine#validate} gives for it, with field paths of the applicant itself
     * ({@code usRelatives[0].status}, without a batch position).
     *
     * @param applicantId the applicant's id, or {@code null} when the id is missing or breaks its
     *                    pattern (then a violation on {@code id} says so)
     * @param violations  every violation found, in field order; at least one; no applicant values
     */
    record Rejected(String applicantId, List<Violation> violations) implements ScreeningResult {

        /**
         * Checks that there is at least one violation and copies the list.
         *
         * @param applicantId the applicant's id, or {@code null} when it is missing or invalid
         * @param violations  every violation found; at least one
         */
        public Rejected {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one violation");
            }
        }
    }

    /**
     * The applicant is valid, but the rules failed on it: a rule threw, the rules looped past the
     * firing limit, or a criterion was left undecided or decided twice. The other applicants of the
     * batch, even those screened in the same rule session, still get their own results.
     *
     * <p>The fields are those of the {@link EvaluationException} the same applicant gets from
     * {@link EligibilityEngine#evaluate} or {@link EligibilityEngine#evaluateAll}.
     *
     * @param applicantId    the applicant's id; never {@code null}
     * @param rule           the name of the rule involved, or {@code null} when none can be named
     * @param criterion      the criterion that rule decides (for a derivation rule, the fact it
     *                       derives), or {@code null} when none can be named
     * @param rulesetVersion the version of the rule set that was running; never {@code null}
     * @param message        what went wrong, for people, naming the rule, criterion and rule-set
     *                       version (the exception's message); never applicant values
     */
    record Failed(String applicantId, String rule, String criterion, String rulesetVersion, String message)
            implements ScreeningResult {

        /**
         * Checks that the id, version and message are present.
         *
         * @param applicantId    the applicant's id
         * @param rule           the rule involved, or {@code null}
         * @param criterion      the criterion it decides, or {@code null}
         * @param rulesetVersion the version of the rule set that was running
         * @param message        what went wrong, naming rule, criterion and version
         */
        public Failed {
            Objects.requireNonNull(applicantId, "applicantId");
            Objects.requireNonNull(rulesetVersion, "rulesetVersion");
            Objects.requireNonNull(message, "message");
        }

        /**
         * This failure as the error a batch's output writes in the applicant's place: no field
         * (the input is not at fault), the code {@value Violation.Codes#EVALUATION_FAILED}, and
         * the {@link #message()}, which names the rule, criterion and rule-set version.
         *
         * @return the violation that stands for this failure
         */
        public Violation violation() {
            return new Violation("", Violation.Codes.EVALUATION_FAILED, message);
        }

        /**
         * The failure of {@code applicantId} that {@code failure} describes.
         *
         * @param applicantId the applicant the rules failed on
         * @param failure     the rules' failure on it
         * @return the result standing for that failure
         */
        public static Failed of(String applicantId, EvaluationException failure) {
            return new Failed(applicantId, failure.rule(), failure.criterion(), failure.rulesetVersion(),
                    failure.getMessage());
        }
    }
}
