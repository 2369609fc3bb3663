package org.safemobility.eligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.internal.ApplicantJson;
import org.safemobility.eligibility.internal.ApplicantReader;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.internal.ReportJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Reads and writes applicants and reports in the JSON contract ({@code applicant.schema.json},
 * {@code report.schema.json}). Stateless and thread-safe.
 *
 * <p>Reading is strict: an unknown property, a duplicate key, a wrong type, a value outside its
 * enumeration or range, a malformed date, an unassigned or lower-case country code, or a date of
 * birth after the application date is an {@link InvalidApplicantException} that lists every
 * violation by field path and code, without repeating any input value.
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
     * @throws InvalidApplicantException when the text is not well-formed JSON or breaks the contract
     */
    public static Applicant readApplicant(String json) {
        JsonNode node = Json.parse(json);
        return ApplicantReader.read(node);
    }

    /** Writes an applicant as compact JSON, leaving absent answers out. */
    public static String writeApplicant(Applicant applicant) {
        return Json.write(false, g -> ApplicantJson.write(g, applicant));
    }

    /** Writes a report as compact JSON in the contract's field order. */
    public static String writeReport(EligibilityReport report) {
        return writeReport(report, false);
    }

    /** Writes a report, pretty-printed when {@code pretty}. */
    public static String writeReport(EligibilityReport report, boolean pretty) {
        return Json.write(pretty, g -> ReportJson.write(g, report));
    }

    /** Reads a report written by this library. */
    public static EligibilityReport readReport(String json) {
        return ReportJson.read(Json.parse(json));
    }
}
