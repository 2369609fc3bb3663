package org.safemobility.eligibility.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.trim;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Where applicants come from, each read into one string column of applicant JSON, which
 * {@link ApplicantRows} reads with the library's reader.
 */
enum InputFormat {
    /** JSON Lines: one applicant object per line; blank lines are skipped, as the CLI does. */
    jsonl,
    /**
     * A Parquet table: either a string column holding each applicant's JSON ({@code --json-column}),
     * or columns shaped like the applicant schema (nested structs and arrays, dates as dates or
     * ISO strings), turned into JSON with {@code to_json}; a null cell is an absent answer.
     */
    parquet;

    /** The name of the one column of applicant JSON. */
    static final String JSON = "json";

    /** The format of {@code path} when none is given: Parquet when it ends in {@code .parquet}, else JSON Lines. */
    static InputFormat of(String path) {
        return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? parquet : jsonl;
    }

    /**
     * The applicants of {@code path}, one JSON text a row, in file order within each partition.
     *
     * @param jsonColumn for Parquet, the string column holding the JSON; {@code null}: the columns
     *                   are the applicant's own
     * @throws BadInput when the JSON column is missing or not a string column
     */
    Dataset<Row> read(SparkSession spark, String path, String jsonColumn) {
        if (this == jsonl) {
            if (jsonColumn != null) {
                throw new BadInput("--json-column applies to Parquet input only");
            }
            Dataset<Row> lines = spark.read().text(path);
            return lines.filter(trim(col("value")).notEqual("")).select(col("value").as(JSON));
        }
        Dataset<Row> table = spark.read().parquet(path);
        if (jsonColumn != null) {
            StructField field = Arrays.stream(table.schema().fields())
                    .filter(f -> f.name().equals(jsonColumn)).findFirst()
                    .orElseThrow(() -> new BadInput("--json-column " + jsonColumn + ": " + path
                            + " has no such column (columns: " + String.join(", ", table.columns()) + ")"));
            if (!field.dataType().equals(DataTypes.StringType)) {
                throw new BadInput("--json-column " + jsonColumn + ": a " + field.dataType().simpleString()
                        + " column, not a string column of applicant JSON");
            }
            return table.select(col(jsonColumn).as(JSON));
        }
        Column[] columns = Arrays.stream(table.columns()).map(c -> col("`" + c + "`")).toArray(Column[]::new);
        return table.select(to_json(struct(columns)).as(JSON));
    }

    /** Input the job cannot read at all: a usage error (exit 2), said before any task runs. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
