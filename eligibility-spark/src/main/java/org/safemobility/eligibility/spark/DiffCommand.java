package org.safemobility.eligibility.spark;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.diff.ImpactDiff;
import org.safemobility.eligibility.authoring.diff.ImpactJson;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diff}: two rule sets over one population, the impact report of {@code eligibility diff
 * --format json}. Each partition is compared on an executor into an {@link ImpactDiff.Slice}; the
 * driver merges the slices and finishes the report, the same report one comparison of the whole
 * population gives.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two rule sets over one population: the impact report of eligibility diff --format json.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Mixin
    InputOptions population;

    @Option(names = "--old", paramLabel = "DIR|bundled", defaultValue = DiffRules.BUNDLED,
            description = "The rules as they are: a rules folder, or bundled (default).")
    String oldRules;

    @Option(names = "--new", paramLabel = "DIR|bundled", required = true,
            description = "The rules as edited: a rules folder, or bundled.")
    String newRules;

    @Option(names = "--show", paramLabel = "K", defaultValue = "10",
            description = "How many changed applicants the report shows in full, the most severe. Default: 10.")
    int show;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the JSON report to FILE (on the driver) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (show < 0) {
            err.println("diff: --show must be 0 or more, got " + show);
            return Main.EXIT_INVALID;
        }
        for (String[] side : List.of(new String[] {"--old", oldRules}, new String[] {"--new", newRules})) {
            if (!DiffRules.BUNDLED.equals(side[1]) && !JobOptions.usableRules(err, "diff", side[0], Path.of(side[1]))) {
                return Main.EXIT_INVALID;
            }
        }
        SparkSession spark = Sessions.session("diff", job.master);
        DiffRules before = ship(spark, err, "--old", oldRules);
        DiffRules after = before == null ? null : ship(spark, err, "--new", newRules);
        if (after == null) {
            return Main.EXIT_INTERNAL;
        }
        Dataset<Row> applicants = population.read(spark, err, "diff");
        if (applicants == null) {
            return Main.EXIT_INVALID;
        }
        DiffPartition compare = new DiffPartition(before, after, job.asOf(), show);
        List<ImpactDiff.Slice> slices = applicants.toJavaRDD().mapPartitions(compare).collect();
        ImpactDiff diff = compare.diff();
        ImpactDiff.Slice merged = diff.slice(0);
        for (ImpactDiff.Slice slice : slices) {
            merged = merged.merge(slice);
        }
        ImpactReport impact = diff.finish(merged);

        ImpactJson.Sources sources = new ImpactJson.Sources(oldRules, newRules, population.input, 0, 0);
        if (output == null) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ImpactJson.write(json, sources, impact);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json.toString(StandardCharsets.UTF_8));
            out.flush();
        } else {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                ImpactJson.write(out, sources, impact);
            }
        }
        long size = impact.compared() + impact.invalid() + impact.failed();
        err.println("diff: " + impact.compared() + " of " + size + " applicants compared, " + impact.invalid()
                + " skipped as invalid, " + impact.failed() + " the rules failed on"
                + (output == null ? "" : "; the json report is in " + output));
        return impact.failed() > 0 ? Main.EXIT_INTERNAL : Main.EXIT_OK;
    }

    private static DiffRules ship(SparkSession spark, PrintWriter err, String option, String rules) throws IOException {
        try {
            return DiffRules.ship(spark, rules);
        } catch (RuleSetException e) {
            JobOptions.describe(err, "diff", "the " + option + " rules (" + rules + ")", e);
            return null;
        }
    }
}
