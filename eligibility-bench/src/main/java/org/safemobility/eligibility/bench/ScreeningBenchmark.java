package org.safemobility.eligibility.bench;

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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The engine against the plain-Java floor, one applicant at a time and in batches of 1,000, over a
 * fixed seeded population (complete and partial answers, all offices). Run with {@code -t 1} and
 * {@code -t 2}; see docs/performance.md for the command lines.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScreeningBenchmark {

    static final int POPULATION = 16_384;
    static final int BATCH = 1_000;
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    EligibilityEngine engine;
    PlainJavaScreening floor;
    List<Applicant> population;

    @Setup
    public void setUp() {
        engine = EligibilityEngine.builder().build();
        floor = new PlainJavaScreening();
        population = Population.of(20261127L, POPULATION);
    }

    /** Each thread walks the population from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 7919 % POPULATION);

        Applicant applicant(List<Applicant> population) {
            next = (next + 1) & (POPULATION - 1);
            return population.get(next);
        }

        List<Applicant> batch(List<Applicant> population) {
            next = (next + BATCH) & (POPULATION - 1);
            int from = Math.min(next, POPULATION - BATCH);
            return population.subList(from, from + BATCH);
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EligibilityReport engineEvaluate(Cursor cursor) {
        return engine.evaluate(cursor.applicant(population), AS_OF);
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EligibilityReport floorEvaluate(Cursor cursor) {
        return floor.evaluate(cursor.applicant(population), AS_OF);
    }

    /** Throughput per applicant: one invocation screens 1,000. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(BATCH)
    public List<EligibilityReport> engineEvaluateAll(Cursor cursor) {
        return engine.evaluateAll(cursor.batch(population), AS_OF);
    }

    /** As {@link #engineEvaluateAll}, one result per applicant: the batch path of the CLI and the impact diff. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(BATCH)
    public List<ScreeningResult> engineEvaluateEach(Cursor cursor) {
        return engine.evaluateEach(cursor.batch(population), AS_OF);
    }

    /** As {@link #engineEvaluateEach}, summaries instead of reports: the path of {@code evaluate --format summary}. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(BATCH)
    public List<ScreeningResult> engineSummarizeEach(Cursor cursor) {
        return engine.summarizeEach(cursor.batch(population), AS_OF);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @OperationsPerInvocation(BATCH)
    public List<EligibilityReport> floorEvaluateAll(Cursor cursor) {
        return floor.evaluateAll(cursor.batch(population), AS_OF);
    }
}
