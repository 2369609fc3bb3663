package org.safemobility.eligibility.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * How the cost of a screening grows with the reference tables: the same rules with the
 * effective-dated tables grown to 10 and 100 times their rows (synthetic countries and periods
 * that never match a real applicant, so every report stays the same).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReferenceSweepBenchmark {

    @Param({"1", "10", "100"})
    public int scale;

    EligibilityEngine engine;
    List<Applicant> population;

    @Setup
    public void setUp() {
        engine = EligibilityEngine.builder().classLoader(new GrownTables(scale)).build();
        population = Population.of(20261127L, ScreeningBenchmark.BATCH);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(ScreeningBenchmark.BATCH)
    public List<EligibilityReport> evaluateAll() {
        return engine.evaluateAll(population, ScreeningBenchmark.AS_OF);
    }

    /**
     * Serves the bundled rule set with every reference table grown {@code scale} times: each extra
     * copy of a row names a synthetic, unassigned-looking code and a period in the far future. It
     * serves the rule set's hash list with the grown tables' hashes too, as a build would write it,
     * or the engine would refuse the changed tables.
     */
    static final class GrownTables extends ClassLoader {
        private static final String BASE = "META-INF/safemobility-ruleset/reference/";
        private static final String HASHES = "META-INF/safemobility-ruleset/ruleset.sha256";
        private final int scale;

        GrownTables(int scale) {
            super(GrownTables.class.getClassLoader());
            this.scale = scale;
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            InputStream original = super.getResourceAsStream(name);
            if (scale > 1 && original != null && name.equals(HASHES)) {
                return new ByteArrayInputStream(rehash(original).getBytes(StandardCharsets.UTF_8));
            }
            if (scale == 1 || original == null || !grows(name)) {
                return original;
            }
            try (original) {
                String table = new String(original.readAllBytes(), StandardCharsets.UTF_8);
                return new ByteArrayInputStream(grow(table, scale).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The hash list, with the hash of each grown table in place of the original's. */
        private String rehash(InputStream original) {
            try (original) {
                StringBuilder out = new StringBuilder();
                for (String line : new String(original.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String path = line.length() > 66 ? line.substring(66) : "";
                    if (grows(path)) {
                        try (InputStream grown = getResourceAsStream(path)) {
                            line = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(grown.readAllBytes())) + "  " + path;
                        }
                    }
                    out.append(line).append('\n');
                }
                return out.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The effective-dated lists grow; the tables keyed by office, program or name hold one row
         * (or one value) per key in force, so copies of their rows would only be refused.
         */
        private static boolean grows(String path) {
            return path.startsWith(BASE) && !path.endsWith("offices.csv") && !path.endsWith("program-windows.csv")
                    && !path.endsWith("policy-values.csv");
        }

        static String grow(String table, int scale) {
            String[] lines = table.split("\n");
            StringBuilder out = new StringBuilder(table);
            for (int copy = 1; copy < scale; copy++) {
                LocalDate from = LocalDate.of(2100, 1, 1).plusYears(copy);
                for (int i = 1; i < lines.length; i++) {
                    String row = lines[i];
                    // Shift every date of the copy into its own future year, so periods and windows
                    // multiply without ever covering an applicant's evaluation date.
                    String shifted = row.replaceAll("\\d{4}-\\d{2}-\\d{2}", from.toString().substring(0, 4) + "-0" + (1 + i % 9) + "-01");
                    out.append(shifted).append('\n');
                }
            }
            return out.toString();
        }
    }
}
