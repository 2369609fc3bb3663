package org.safemobility.eligibility.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * Judges an engine with jqwik property classes: the mutation score of properties. Runs the
 * classes through the JUnit Platform with the engine injected ({@link MutantRules} reads it), and
 * reports the first property that fails. Fits the mutation tester of {@code eligibility-authoring}
 * ({@code org.safemobility.eligibility.authoring.mutate.Judge}) as a method reference, without
 * either module depending on the other:
 *
 * <pre>{@code
 * MutationReport report = MutationTesting.ofFolder(rulesFolder)
 *         .run(PropertyJudge.stockAndPolicy().tries(100)::judge, "StockProperties + PolicyProperties, 100 tries");
 * System.out.print(report.toText());
 * }</pre>
 *
 * <p>Each property runs with {@code tries} tries (unless the class sets its own), no shrinking (a
 * failure is all a mutation score needs), a fresh random seed (no replay of an earlier failure),
 * and jqwik's reports kept off the console. A property that fails with an assertion (a
 * {@link Counterexample}) kills the mutant; one that fails with another exception (the engine threw)
 * makes {@link #judge} throw it: killed by error. Runs of one JVM are serialised (jqwik keeps
 * global state), so judge mutants on two threads to build one while the other is judged.
 */
public final class PropertyJudge {

    private static final Object ONE_AT_A_TIME = new Object();
    private static volatile EligibilityEngine underTest;

    private final List<Class<?>> classes;
    private int tries = 100;
    /** The unique ids of the properties, found on the first judgement; guarded by ONE_AT_A_TIME. */
    private List<String> properties;

    private PropertyJudge(List<Class<?>> classes) {
        this.classes = classes;
    }

    /**
     * A judge running the properties of {@code classes}: concrete test classes implementing
     * {@link MutantRules} (and the property interfaces they want).
     *
     * @param classes the property classes, at least one, each implementing {@link MutantRules}
     * @return the judge, at 100 tries per property
     * @throws IllegalArgumentException when no class is given or a class does not implement {@link
     *                                  MutantRules}
     */
    public static PropertyJudge of(Class<?>... classes) {
        if (classes.length == 0) {
            throw new IllegalArgumentException("no property class to judge with");
        }
        for (Class<?> type : classes) {
            if (!MutantRules.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(type.getName() + " must implement MutantRules to be given the engine to judge");
            }
        }
        return new PropertyJudge(List.copyOf(Arrays.asList(classes)));
    }

    /**
     * A judge running {@link StockProperties} and {@link PolicyProperties}.
     *
     * @return the judge of the stock and policy properties
     */
    public static PropertyJudge stockAndPolicy() {
        return of(StockAndPolicy.class);
    }

    /**
     * Tries per property (100 unless set), for the classes that set none of their own. Set it before judging.
     *
     * @param count tries per property, 1 or more
     * @return this judge
     */
    public PropertyJudge tries(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one try");
        }
        this.tries = count;
        return this;
    }

    /**
     * The engine being judged, for {@link MutantRules#engine()}.
     *
     * @return the engine of the judgement running now
     * @throws IllegalStateException outside {@link #judge}
     */
    public static EligibilityEngine engineUnderTest() {
        EligibilityEngine engine = underTest;
        if (engine == null) {
            throw new IllegalStateException("no engine under mutation: MutantRules classes run only through PropertyJudge");
        }
        return engine;
    }

    /**
     * Runs every property of the classes against {@code engine}.
     *
     * @param engine the engine to judge, built from mutated or unmutated rules
     * @return the first property that failed and how, or empty when all passed
     * @throws IllegalStateException when the classes hold no property, or a class could not run
     * @throws Exception             what a property threw other than an assertion (the engine broke)
     */
    public Optional<String> judge(EligibilityEngine engine) throws Exception {
        Objects.requireNonNull(engine, "engine");
        synchronized (ONE_AT_A_TIME) {
            Path folder = Files.createTempDirectory("jqwik-mutation-");
            Path database = folder.resolve("database");
            underTest = engine;
            try {
                return run(database);
            } finally {
                underTest = null;
                try {
                    Files.deleteIfExists(database);
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }

    private Optional<String> run(Path database) throws Exception {
        Launcher launcher = LauncherFactory.create();
        if (properties == null) {
            TestPlan plan = launcher.discover(request(database, classes.stream().map(DiscoverySelectors::selectClass).toList()));
            properties = new ArrayList<>();
            plan.getRoots().forEach(root -> collect(plan, root, properties));
            if (properties.isEmpty()) {
                throw new IllegalStateException("no property found in " + classes.stream().map(Class::getName).toList());
            }
        }
        // one property at a time, so the first failure ends the judgement; a property that kills
        // moves to the front, as it is likely to kill the next mutant too
        for (int i = 0; i < properties.size(); i++) {
            String id = properties.get(i);
            Failures failures = new Failures();
            launcher.execute(request(database, List.of(DiscoverySelectors.selectUniqueId(id))), failures);
            if (failures.first == null) {
                continue;
            }
            properties.remove(i);
            properties.add(0, id);
            Throwable cause = failures.first;
            if (cause instanceof AssertionError) {
                String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
                return Optional.of(failures.name + " failed: " + message);
            }
            if (cause instanceof Exception e) {
                throw e;
            }
            throw new IllegalStateException(failures.name + " failed: " + cause, cause);
        }
        return Optional.empty();
    }

    private static void collect(TestPlan plan, TestIdentifier id, List<String> out) {
        if (id.isTest()) {
            out.add(id.getUniqueId());
        }
        for (TestIdentifier child : plan.getChildren(id)) {
            collect(plan, child, out);
        }
    }

    private LauncherDiscoveryRequest request(Path database, List<? extends DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines("jqwik"))
                .configurationParameter("jqwik.tries.default", Integer.toString(tries))
                .configurationParameter("jqwik.shrinking.default", "OFF")
                .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
                .configurationParameter("jqwik.database", database.toString())
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build();
    }

    /** The first test or class that failed, and how many tests ran. */
    private static final class Failures implements TestExecutionListener {
        final AtomicInteger tests = new AtomicInteger();
        String name;
        Throwable first;

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                tests.incrementAndGet();
            }
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && first == null) {
                // a class fails as a whole when a hook does (a criterion coverage gap with failOnGaps)
                first = result.getThrowable().orElse(new AssertionError(result.getStatus().name()));
                name = (id.isTest() ? "property " : "") + id.getDisplayName();
            }
        }
    }

    /** The stock properties and the policy invariants, against the engine being judged. */
    static final class StockAndPolicy implements MutantRules, StockProperties, PolicyProperties {
    }
}
