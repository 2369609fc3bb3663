package org.safemobility.eligibility.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.internal.SummaryFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code screen}: every applicant of the input to one row of {@link ScreeningColumns}, written as
 * Parquet or JSON Lines. Checks the rules first, on the driver (a folder that does not build
 * exits 1 with its problems before any data is read); then each partition is screened on an
 * executor by that executor's one engine.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen applicants from JSON Lines or Parquet into summary columns and full reports.")
final class ScreenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Mixin
    InputOptions population;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "The folder to write; it must not exist.")
    String output;

    @Option(names = "--format", paramLabel = "parquet|json", defaultValue = "parquet",
            description = "The output's format: parquet (default) or json (JSON Lines).")
    OutputFormat format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Screen with the rules in folder DIR (shipped to the executors) instead of the bundled rules.")
    Path rules;

    @Option(names = "--no-report", negatable = false,
            description = "Leave the report column out: the summary columns only, several times faster (the "
                    + "engine words no reason).")
    boolean noReport;

    @Option(names = "--lang", paramLabel = "en|es", defaultValue = "en",
            description = "The language of the reports' reasons: en (default) or es.")
    String language;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!JobOptions.usableRules(err, "screen", "--rules", rules)) {
            return Main.EXIT_INVALID;
        }
        Locale locale = Locale.forLanguageTag(language);
        SparkSession spark = Sessions.session("screen", job.master);
        RulesSource source;
        try {
            source = RulesShipping.ship(spark, rules);
        } catch (RuleSetException e) {
            JobOptions.describe(err, "screen", "the rules in " + (rules == null ? "the bundled rules" : rules), e);
            return Main.EXIT_INTERNAL;
        }
        if (!Engines.of(source).languages().contains(locale)) {
            err.println("screen: --lang " + language + ": the rules speak " + Engines.of(source).languages());
            return Main.EXIT_INVALID;
        }
        Dataset<Row> applicants = population.read(spark, err, "screen");
        if (applicants == null) {
            return Main.EXIT_INVALID;
        }
        LongAccumulator screened = spark.sparkContext().longAccumulator("screened");
        LongAccumulator errors = spark.sparkContext().longAccumulator("errors");
        Dataset<Row> rows = applicants.mapPartitions(
                new ScreenPartition(source, job.asOf(), locale, !noReport, screened, errors),
                Encoders.row(noReport ? ScreeningColumns.SUMMARY_SCHEMA : ScreeningColumns.SCHEMA));
        try {
            format.write(rows, output);
        } catch (Exception e) {
            if (e instanceof AnalysisException a) { // the output exists
                err.println("screen: cannot write " + output + ": " + ("PATH_ALREADY_EXISTS".equals(a.getCondition())
                        ? "it exists; name a folder that does not" : InputOptions.firstLine(e)));
                return Main.EXIT_INVALID;
            }
            throw e;
        }
        err.println("screen: " + screened.value() + " applicants screened, " + errors.value()
                + " rows with errors (column " + SummaryFormat.ERRORS + "), written to " + output + " as " + format);
        return Main.EXIT_OK;
    }
}
