package org.safemobility.eligibility.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** How {@code screen} writes its rows: a folder of Parquet files, or of JSON Lines files. */
enum OutputFormat {
    /** Parquet, with the column types of {@link ScreeningColumns}. */
    parquet,
    /** JSON Lines, one object per row; null columns are left out, as Spark's JSON writer does. */
    json;

    /** Writes {@code rows} to the folder {@code output}, which must not exist yet. */
    void write(Dataset<Row> rows, String output) {
        if (this == parquet) {
            rows.write().mode("errorifexists").parquet(output);
        } else {
            rows.write().mode("errorifexists").json(output);
        }
    }
}
