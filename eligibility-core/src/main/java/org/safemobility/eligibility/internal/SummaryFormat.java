package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * The one shape of a screening summary outside Java: its columns, in order, and how a summary
 * or an applicant's errors are written as a JSON object or a CSV row. The CLI's {@code --format
 * summary} and {@code --format csv} and the Spark job's columns all come from here, so a column
 * is named once.
 *
 * <p>Columns: {@code applicantId, evaluationDate, rulesetVersion, access}, one per pathway named
 * as {@link Pathway} (each a {@link org.safemobility.eligibility.Status} name), {@code
 * missingFields} (field paths, sorted) and, for CSV, {@code errors}: the field path and code of
 * each violation, never a value (an applicant that was not screened has only its id and errors).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SummaryFormat {

    public static final String APPLICANT_ID = "applicantId";
    public static final String EVALUATION_DATE = "evaluationDate";
    public static final String RULESET_VERSION = "rulesetVersion";
    public static final String ACCESS = "access";
    public static final String MISSING_FIELDS = "missingFields";
    public static final String ERRORS = "errors";

    /** The scopes, access first, then the pathways in {@link Pathway} order: one status column each. */
    public static final List<String> SCOPES;

    /** Every column of the CSV, in order. */
    public static final List<String> CSV_COLUMNS;

    static {
        List<String> scopes = new ArrayList<>();
        scopes.add(ACCESS);
        for (Pathway p : Pathway.values()) {
            scopes.add(p.name());
        }
        SCOPES = List.copyOf(scopes);
        List<String> columns = new ArrayList<>(List.of(APPLICANT_ID, EVALUATION_DATE, RULESET_VERSION));
        columns.addAll(SCOPES);
        columns.add(MISSING_FIELDS);
        columns.add(ERRORS);
        CSV_COLUMNS = List.copyOf(columns);
    }

    /** Separates the field paths of one cell, and the violations of one cell. */
    public static final String LIST_SEPARATOR = ";";

    private SummaryFormat() {
    }

    /**
     * The summary as one JSON object: {@code {"applicantId", "evaluationDate", "rulesetVersion",
     * "access", "REFUGEE_RESETTLEMENT", ..., "H2B", "missingFields": [...]}}.
     */
    public static void writeJson(JsonGenerator g, ScreeningSummary summary) throws IOException {
        g.writeStartObject();
        g.writeStringField(APPLICANT_ID, summary.applicantId());
        g.writeStringField(EVALUATION_DATE, summary.evaluationDate().toString());
        g.writeStringField(RULESET_VERSION, summary.rulesetVersion());
        g.writeStringField(ACCESS, summary.access().name());
        for (Pathway p : Pathway.values()) {
            g.writeStringField(p.name(), summary.status(p).name());
        }
        g.writeArrayFieldStart(MISSING_FIELDS);
        for (String field : summary.missingFields()) {
            g.writeString(field);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The CSV header line, without its line end. */
    public static String csvHeader() {
        return String.join(",", CSV_COLUMNS);
    }

    /** The summary as one CSV row, without its line end; the errors cell is empty. */
    public static String csvRow(ScreeningSummary summary) {
        StringBuilder row = new StringBuilder(160);
        row.append(CsvRecords.cell(summary.applicantId())).append(',')
                .append(summary.evaluationDate()).append(',')
                .append(CsvRecords.cell(summary.rulesetVersion())).append(',')
                .append(summary.access().name());
        for (Pathway p : Pathway.values()) {
            row.append(',').append(summary.status(p).name());
        }
        row.append(',').append(CsvRecords.cell(String.join(LIST_SEPARATOR, summary.missingFields()))).append(',');
        return row.toString();
    }

    /**
     * The row of an applicant that was not screened: its id (empty when it has no valid one), every
     * status cell empty, and its errors as {@code field:code} joined by {@value #LIST_SEPARATOR}.
     */
    public static String csvErrorRow(String applicantId, List<Violation> violations) {
        StringBuilder row = new StringBuilder(120);
        row.append(applicantId == null ? "" : CsvRecords.cell(applicantId));
        for (int i = 1; i < CSV_COLUMNS.size() - 1; i++) {
            row.append(',');
        }
        row.append(',').append(CsvRecords.cell(errors(violations)));
        return row.toString();
    }

    /** The violations as {@code field:code} joined by {@value #LIST_SEPARATOR}: paths and codes, no values. */
    public static String errors(List<Violation> violations) {
        StringBuilder s = new StringBuilder();
        for (Violation v : violations) {
            if (s.length() > 0) {
                s.append(LIST_SEPARATOR);
            }
            s.append(v.field()).append(':').append(v.code());
        }
        return s.toString();
    }
}
