package org.safemobility.eligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.ApplicantJson;
import org.safemobility.eligibility.internal.ApplicantReader;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.internal.QuestionsJson;
import org.safemobility.eligibility.internal.ReportJson;
import org.safemobility.eligibility.internal.SummaryFormat;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * Reads and writes applicants and reports in the JSON contract ({@code applicant.schema.json},
 * {@code report.schema.json}). Stateless and thread-safe.
 *
 * <p>Reading is strict, as {@code applicant.schema.json} (which drives it) says: an unknown
 * property, a duplicate key, a wrong type (a number whose value is not whole where the contract
 * says integer, compared exactly: {@code 10.999999999999999999} is refused, not read as 11), a
 * value outside its enumeration or range, a malformed date, an unassigned or lower-case country code, or a date of
 * birth after the application date is an {@link InvalidApplicantException} that lists every
 * violation by field path and code, without repeating any input value. An unknown property is
 * named in its field path only when its name is a plain identifier ({@code [A-Za-z_][A-Za-z0-9_]*},
 * at most 64 characters); otherwise the path shows {@code <property>}.
 *
 * <p><b>Limits.</b> Input larger than these is rejected with code {@code too-large}, before it is
 * read in full, so hostile input costs neither memory nor time:
 * <ul>
 *   <li>one applicant's JSON text: 262,144 characters (256 KiB);</li>
 *   <li>a string value or a property name: 4,096 characters;</li>
 *   <li>a number: 100 characters;</li>
 *   <li>nesting of arrays and objects: 16 levels;</li>
 *   <li>any list of an applicant: 100 items.</li>
 * </ul>
 * Dates lie from 0000-01-01 to 9999-12-31 ({@code out-of-range} otherwise, for applicants built
 * in Java). At most 100 violations are listed per applicant, then one {@code too-many-violations}.
 *
 * <pre>{@code
 * Applicant applicant = EligibilityJson.readApplicant(json);
 * String reportJson = EligibilityJson.writeReport(engine.evaluate(applicant), true);
 * }</pre>
 */
public final class EligibilityJson {

    private EligibilityJson() {
    }

    /**
     * Reads one applicant object.
     *
     * @param json the text of one JSON object
     * @return the applicant, checked against the contract
     * @throws InvalidApplicantException when the text is not well-formed JSON or breaks the contract
     */
    public static Applicant readApplicant(String json) {
        Applicant valid = ApplicantReader.readIfValid(json);
        if (valid != null) {
            return valid;
        }
        // something is wrong: read the tree, which says what and where
        JsonNode node = Json.parse(json);
        return ApplicantReader.read(node);
    }

    /**
     * Writes an applicant as compact JSON, leaving absent answers out.
     *
     * @param applicant the applicant
     * @return one line of JSON that {@link #readApplicant(String)} reads back
     */
    public static String writeApplicant(Applicant applicant) {
        return Json.write(false, g -> ApplicantJson.write(g, applicant));
    }

    /**
     * Writes a report as compact JSON in the contract's field order.
     *
     * @param report the report
     * @return one line of JSON, valid against {@code report.schema.json}
     */
    public static String writeReport(EligibilityReport report) {
        return writeReport(report, false);
    }

    /**
     * Writes a report in the contract's field order.
     *
     * @param report the report
     * @param pretty whether to indent it over several lines
     * @return the JSON, valid against {@code report.schema.json}
     */
    public static String writeReport(EligibilityReport report, boolean pretty) {
        return Json.write(pretty, g -> ReportJson.write(g, report));
    }

    /**
     * Writes a screening summary as one compact JSON object, the line {@code eligibility evaluate
     * --format summary} prints: {@code {"applicantId", "evaluationDate", "rulesetVersion",
     * "access", "REFUGEE_RESETTLEMENT", "FAMILY_REUNIFICATION_PAROLE", "CENTRAL_AMERICAN_MINORS",
     * "H1B", "H2A", "H2B", "missingFields": [field paths]}}, each status a
     * {@link org.safemobility.eligibility.Status} name.
     *
     * @param summary the summary
     * @return one line of JSON
     */
    public static String writeSummary(ScreeningSummary summary) {
        return Json.write(false, g -> SummaryFormat.writeJson(g, summary));
    }

    /**
     * Reads a report written by this library.
     *
     * @param json the text of one report
     * @return the report
     */
    public static EligibilityReport readReport(String json) {
        return ReportJson.read(Json.parse(json));
    }

    /**
     * Writes the answer to an interview request, as {@code questions.schema.json#/$defs/answer} has
     * it: {@code {"applicantId", "language", "questions": [{"field", "text", "answer": {"type",
     * "options", "entries"}, "scopes"}]}}.
     *
     * @param applicantId the applicant's id
     * @param language    the language the questions are worded in (its language code is written)
     * @param questions   the questions, best first, as
     *                    {@link org.safemobility.eligibility.EligibilityEngine#questions} gives them
     * @return one line of JSON
     */
    public static String writeQuestions(String applicantId, Locale language, List<Question> questions) {
        return Json.write(false, g -> QuestionsJson.write(g, applicantId, language.getLanguage(), questions));
    }

    /**
     * Writes the error object that stands in for a report (or questions) when an applicant was
     * rejected or the rules failed on it, as the CLI writes it:
     * {@code {"applicantId": id or null, "errors": [{"field", "code", "message"}]}}. Field paths,
     * codes and messages only, never the applicant's values.
     *
     * @param applicantId the applicant's id, or {@code null} when the id itself is invalid or missing
     * @param violations  what was wrong, at least one
     * @return one line of JSON
     */
    public static String writeErrors(String applicantId, List<Violation> violations) {
        return Json.write(false, g -> QuestionsJson.writeErrors(g, applicantId, violations));
    }
}
