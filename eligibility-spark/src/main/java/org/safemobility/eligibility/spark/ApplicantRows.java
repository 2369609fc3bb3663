package org.safemobility.eligibility.spark;

import org.apache.spark.sql.Row;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * An applicant from an input row, whose one column holds its JSON text: read by the library's one
 * reader ({@link EligibilityJson#readApplicant}), so a line of JSON Lines, a JSON column of a
 * Parquet table and nested Parquet columns (turned into JSON) meet the same contract and the same
 * violations. A null cell is a row without JSON.
 */
final class ApplicantRows {

    private ApplicantRows() {
    }

    /**
     * The applicant of {@code row}.
     *
     * @throws InvalidApplicantException when the text is not one JSON object that meets the contract
     */
    static Applicant applicant(Row row) {
        return EligibilityJson.readApplicant(row.isNullAt(0) ? "" : row.getString(0));
    }
}
