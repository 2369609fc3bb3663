package org.safemobility.eligibility.spark;

import java.io.PrintWriter;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The population a job reads: {@code --input PATH [--input-format F] [--json-column NAME]}. A picocli mixin. */
final class InputOptions {

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "Applicants: a JSON Lines file or folder, or a Parquet file or folder (any Hadoop path).")
    String input;

    @Option(names = "--input-format", paramLabel = "jsonl|parquet",
            description = "The input's format. Default: parquet when PATH ends in .parquet, else jsonl.")
    InputFormat inputFormat;

    @Option(names = "--json-column", paramLabel = "NAME",
            description = "Parquet input: the string column holding each applicant's JSON. Default: the "
                    + "table's columns are the applicant's fields.")
    String jsonColumn;

    /**
     * The applicants' JSON texts, one string column; {@code null}, after saying why on {@code err},
     * when the input cannot be read (no such path, not Parquet, a JSON column that is missing or
     * not a string): a usage error.
     */
    Dataset<Row> read(SparkSession spark, PrintWriter err, String command) {
        try {
            InputFormat in = inputFormat != null ? inputFormat : InputFormat.of(input);
            return in.read(spark, input, jsonColumn);
        } catch (InputFormat.BadInput e) {
            err.println(command + ": " + e.getMessage());
            return null;
        } catch (Exception e) {
            if (e instanceof AnalysisException) { // no such path, not Parquet
                err.println(command + ": cannot read " + input + ": " + firstLine(e));
                return null;
            }
            throw e;
        }
    }

    /** The first line of an exception's message: Spark's messages go on with the query plan. */
    static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int end = m.indexOf('\n');
        return end < 0 ? m : m.substring(0, end);
    }
}
