package org.safemobility.eligibility.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The interview's cost: the next questions for one applicant part of the way through an interview
 * ({@link EligibilityEngine#questions}), and, over the same applicants, the report alone
 * ({@link EligibilityEngine#evaluate(org.safemobility.eligibility.model.Applicant, LocalDate, Locale)}),
 * each in English and in Spanish so that the cost of the language shows. Latency (sample mode: p50,
 * p99), one thread. The applicants are {@link PartialAnswers}: complete generated applicants with
 * a random share of their answers blanked out and a few declined. See docs/performance.md.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InterviewBenchmark {

    static final int INTERVIEWS = 4_096;
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    /** The language of the questions and reports, a language tag. */
    @Param({"en", "es"})
    public String language;

    EligibilityEngine engine;
    Locale locale;
    List<PartialAnswers> interviews;

    @Setup
    public void setUp() {
        engine = EligibilityEngine.builder().build();
        locale = Locale.forLanguageTag(language);
        interviews = PartialAnswers.of(20261212L, INTERVIEWS);
    }

    /** Walks the interviews in order, from a starting point of its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next = (int) (Thread.currentThread().getId() * 7919 % INTERVIEWS);

        PartialAnswers interview(List<PartialAnswers> interviews) {
            next = (next + 1) & (INTERVIEWS - 1);
            return interviews.get(next);
        }
    }

    @Benchmark
    public List<Question> questions(Cursor cursor) {
        PartialAnswers i = cursor.interview(interviews);
        return engine.questions(i.answers(), i.declined(), AS_OF, locale);
    }

    @Benchmark
    public EligibilityReport evaluate(Cursor cursor) {
        return engine.evaluate(cursor.interview(interviews).answers(), AS_OF, locale);
    }
}
