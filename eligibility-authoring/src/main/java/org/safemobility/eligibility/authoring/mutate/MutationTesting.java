package org.safemobility.eligibility.authoring.mutate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;

/**
 * Mutation testing of a rule set: makes mutants of its DRL and reference tables, one change each
 * ({@link MutationOperator}), builds an engine from each (linted and compiled as a rules folder
 * is; about two seconds each), lets a {@link Judge} test it, and reports which mutants the tests
 * killed ({@link MutationReport}).
 *
 * <pre>{@code
 * MutationReport report = MutationTesting.ofFolder(Path.of("my-rules"))
 *         .operators(MutationOperator.parse("drl"))
 *         .sample(40, 1)
 *         .run(ScenarioJudge.of(ScenarioFiles.read(Path.of("scenarios"))), "the scenarios");
 * System.out.print(report.toText());
 * }</pre>
 *
 * <p>Before any mutant, the judge runs on the unmutated rules (built the same way) and must pass.
 * Mutants are built and judged on {@link #threads} threads (by default the processors, at most 4),
 * each in a folder of its own under a temporary folder that is deleted afterwards. Configure, then
 * run; not thread-safe while being configured.
 *
 * <p><b>Stability.</b> Experimental: the operators, the report and this API may change.
 */
public final class MutationTesting {

    private final RuleSource source;
    private Set<MutationOperator> operators = EnumSet.allOf(MutationOperator.class);
    private Predicate<Mutant> only = m -> true;
    private int sample = -1;
    private long seed;
    private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private Consumer<MutantResult> progress = r -> { };

    private MutationTesting(RuleSource source) {
        this.source = source;
    }

    /**
     * Mutation testing of the rules in {@code folder} (the layout of the bundled rules' source
     * folder), read now.
     *
     * @param folder a rules folder with its {@code ruleset.manifest}
     * @return a run over those rules, with every operator, no sample, and the default threads
     * @throws RuleSetException when the folder or a file its manifest names cannot be read
     */
    public static MutationTesting ofFolder(Path folder) {
        return new MutationTesting(RuleSource.folder(folder));
    }

    /**
     * Mutation testing of the bundled rules, whose DRL and tables the {@code eligibility-rules} jar
     * carries beside the precompiled model.
     *
     * @return a run over the bundled rules, with every operator, no sample, and the default threads
     * @throws RuleSetException when the bundled rules are not on the class path
     */
    public static MutationTesting ofBundledRules() {
        return new MutationTesting(RuleSource.bundled());
    }

    /**
     * Only mutants of these operators (all by default).
     *
     * @param chosen the operators whose mutants to judge
     * @return this run
     */
    public MutationTesting operators(Collection<MutationOperator> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no mutation operator chosen");
        }
        this.operators = EnumSet.copyOf(chosen);
        return this;
    }

    /**
     * Only the mutants {@code filter} accepts (one file, one line, given ids), before any sample is drawn.
     *
     * @param filter accepts the mutants to judge
     * @return this run
     */
    public MutationTesting only(Predicate<Mutant> filter) {
        this.only = Objects.requireNonNull(filter, "filter");
        return this;
    }

    /**
     * Only {@code count} mutants, drawn at random with {@code seed} (the same seed draws the same ones).
     *
     * @param count how many mutants to judge, at most
     * @param seed the seed of the draw
     * @return this run
     */
    public MutationTesting sample(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("a sample needs at least one mutant");
        }
        this.sample = count;
        this.seed = seed;
        return this;
    }

    /**
     * How many mutants are built and judged at once; 1 or more.
     *
     * @param count how many mutants are built and judged at once
     * @return this run
     */
    public MutationTesting threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one thread");
        }
        this.threads = count;
        return this;
    }

    /**
     * Called with each result as soon as it is known, from the thread that judged it.
     *
     * @param listener receives each result; must be thread-safe when {@link #threads} is above 1
     * @return this run
     */
    public MutationTesting onResult(Consumer<MutantResult> listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Every mutant the rule set gives, whatever the operators and sample.
     *
     * @return every mutant, in mutant order ({@code M1}, {@code M2}, ...)
     */
    public List<Mutant> allMutants() {
        return source.mutants();
    }

    /**
     * The mutants a run will judge: those of the chosen operators that the filter accepts, sampled, in
     * mutant order.
     *
     * @return the mutants to judge; empty when the choice leaves none
     */
    public List<Mutant> mutants() {
        List<Mutant> chosen = new ArrayList<>(source.mutants().stream()
                .filter(m -> operators.contains(m.operator()) && only.test(m)).toList());
        if (sample >= 0 && sample < chosen.size()) {
            Collections.shuffle(chosen, new Random(seed));
            chosen = new ArrayList<>(chosen.subList(0, sample));
            chosen.sort(Comparator.comparingInt(m -> Integer.parseInt(m.id().substring(1))));
        }
        return chosen;
    }

    /**
     * Builds and judges every mutant of {@link #mutants()}.
     *
     * @param judge     the tests
     * @param judgeName what they are, for the report ("the scenarios in scenarios/")
     * @return every mutant judged, with its verdict
     * @throws BaselineException when the unmutated rules do not build, or the judge fails on them
     */
    public MutationReport run(Judge judge, String judgeName) {
        long start = System.nanoTime();
        int generated = source.mutants().size();
        List<Mutant> mutants = mutants();
        Path work;
        try {
            work = Files.createTempDirectory("eligibility-mutants-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mutant");
            t.setDaemon(true);
            return t;
        });
        try {
            checkBaseline(judge, work);
            List<Future<MutantResult>> futures = new ArrayList<>();
            for (Mutant m : mutants) {
                futures.add(pool.submit(() -> {
                    MutantResult r = judge(m, judge, work);
                    progress.accept(r);
                    return r;
                }));
            }
            List<MutantResult> results = new ArrayList<>();
            for (Future<MutantResult> f : futures) {
                results.add(f.get());
            }
            return new MutationReport(source.description(), judgeName, generated, results,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mutation run interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("mutation run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            RuleSource.delete(work);
        }
    }

    private void checkBaseline(Judge judge, Path work) {
        Path dir = source.write(work.resolve("unmutated"), null);
        EligibilityEngine engine;
        try {
            engine = EligibilityEngine.builder().rulesFolder(dir).build();
        } catch (RuleSetException e) {
            throw new BaselineException("the unmutated rules do not build: " + String.join("; ", e.problems()), e);
        } finally {
            RuleSource.delete(dir);
        }
        Optional<String> failure;
        try {
            failure = judge.judge(engine);
        } catch (Exception e) {
            throw new BaselineException("the tests break on the unmutated rules: " + e, e);
        }
        if (failure.isPresent()) {
            throw new BaselineException("the tests fail on the unmutated rules: " + failure.get(), null);
        }
    }

    private MutantResult judge(Mutant m, Judge judge, Path work) {
        Path dir = work.resolve(m.id());
        EligibilityEngine engine;
        try {
            source.write(dir, m);
            engine = EligibilityEngine.builder().rulesFolder(dir).build();
        } catch (RuleSetException e) {
            return new MutantResult(m, Verdict.NOT_COMPILING, e.problems().isEmpty() ? e.getMessage() : e.problems().get(0));
        } catch (RuntimeException | LinkageError e) {
            return new MutantResult(m, Verdict.KILLED_BY_ERROR, "the engine did not build: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            RuleSource.delete(dir);
        }
        try {
            Optional<String> failure = judge.judge(engine);
            return failure.map(why -> new MutantResult(m, Verdict.KILLED, why))
                    .orElseGet(() -> new MutantResult(m, Verdict.SURVIVED, ""));
        } catch (Exception | StackOverflowError | LinkageError e) {
            return new MutantResult(m, Verdict.KILLED_BY_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
