package org.safemobility.eligibility.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.SummaryFormat;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * The columns of {@code screen}'s output, named by {@link SummaryFormat} (the CLI's summary and
 * CSV have the same names): {@code applicantId, evaluationDate} (a date), {@code rulesetVersion,
 * access}, one status column per pathway named as {@link Pathway}, {@code missingFields} (array of
 * field paths), {@code errors} (array of {@code struct<field, code, message>}: field paths, codes
 * and messages, never applicant values), and {@code report}, the full report as JSON.
 *
 * <p>A screened applicant has every column but {@code errors} (null); an applicant that was not
 * screened (unreadable, invalid, or the rules failed on it) has {@code applicantId} (null when it
 * has no valid one) and {@code errors}, every other column null.
 */
final class ScreeningColumns {

    /** The column that holds the full report as JSON, as {@code eligibility evaluate} prints it. */
    static final String REPORT = "report";

    /** One violation: where, what kind, and what it means, as the CLI's error objects have it. */
    static final StructType ERROR = new StructType(new StructField[] {
        DataTypes.createStructField("field", DataTypes.StringType, false),
        DataTypes.createStructField("code", DataTypes.StringType, false),
        DataTypes.createStructField("message", DataTypes.StringType, false)
    });

    /** The output schema, column after column; {@code report} is the last. */
    static final StructType SCHEMA = schema();

    /** The output schema without the {@code report} column ({@code screen --no-report}). */
    static final StructType SUMMARY_SCHEMA = new StructType(java.util.Arrays.copyOf(SCHEMA.fields(), SCHEMA.size() - 1));

    /** The position of {@code errors}: null on a screened applicant's row, else its errors. */
    static final int ERRORS_INDEX = SCHEMA.fieldIndex(SummaryFormat.ERRORS);

    private ScreeningColumns() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(SummaryFormat.APPLICANT_ID, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(SummaryFormat.EVALUATION_DATE, DataTypes.DateType, true));
        fields.add(DataTypes.createStructField(SummaryFormat.RULESET_VERSION, DataTypes.StringType, true));
        for (String scope : SummaryFormat.SCOPES) {
            fields.add(DataTypes.createStructField(scope, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(SummaryFormat.MISSING_FIELDS,
                DataTypes.createArrayType(DataTypes.StringType, false), true));
        fields.add(DataTypes.createStructField(SummaryFormat.ERRORS, DataTypes.createArrayType(ERROR, false), true));
        fields.add(DataTypes.createStructField(REPORT, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /** The row of a screened applicant, with its report. */
    static Row screened(EligibilityReport report) {
        Object[] values = summaryValues(report.summary(), SCHEMA.size());
        values[SCHEMA.size() - 1] = EligibilityJson.writeReport(report);
        return RowFactory.create(values);
    }

    /** The row of a summarized applicant, without the {@code report} column. */
    static Row summarized(ScreeningSummary summary) {
        return RowFactory.create(summaryValues(summary, SUMMARY_SCHEMA.size()));
    }

    private static Object[] summaryValues(ScreeningSummary summary, int columns) {
        Object[] values = new Object[columns];
        int i = 0;
        values[i++] = summary.applicantId();
        values[i++] = Date.valueOf(summary.evaluationDate());
        values[i++] = summary.rulesetVersion();
        values[i++] = summary.access().name();
        for (Pathway p : Pathway.values()) {
            values[i++] = summary.status(p).name();
        }
        values[i] = summary.missingFields().toArray(String[]::new);
        return values;
    }

    /** The row of an applicant that was not screened: its id (or null) and why; {@code report} when asked. */
    static Row error(String applicantId, List<Violation> violations, boolean withReport) {
        Object[] values = new Object[withReport ? SCHEMA.size() : SUMMARY_SCHEMA.size()];
        values[0] = applicantId;
        Row[] errors = new Row[violations.size()];
        for (int v = 0; v < errors.length; v++) {
            Violation violation = violations.get(v);
            errors[v] = RowFactory.create(violation.field(), violation.code(), violation.message());
        }
        values[ERRORS_INDEX] = errors;
        return RowFactory.create(values);
    }
}
