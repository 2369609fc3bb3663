package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs a test class that surefire does not run (a static nested class) on one JUnit Platform
 * engine, inside a test, and reports how each of its tests ended. jqwik's reports go to the
 * platform, not to the console, every run searches afresh (no replay of earlier failures), and
 * shrinking is not cut short on a busy machine.
 */
final class NestedRun {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final EngineExecutionResults results;

    private NestedRun(EngineExecutionResults results) {
        this.results = results;
    }

    static NestedRun jqwik(Class<?> type) {
        return new NestedRun(EngineTestKit.engine("jqwik")
                .configurationParameter("jqwik.database", "target/jqwik-nested-database")
                .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .configurationParameter("jqwik.shrinking.bounded.seconds", "120")
                .selectors(DiscoverySelectors.selectClass(type))
                .execute());
    }

    /** Runs one property of {@code type} (which may be inherited from an interface). */
    static NestedRun jqwik(Class<?> type, String method, String parameterTypes) {
        return new NestedRun(EngineTestKit.engine("jqwik")
                .configurationParameter("jqwik.database", "target/jqwik-nested-database")
                .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED")
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .configurationParameter("jqwik.shrinking.bounded.seconds", "120")
                .selectors(DiscoverySelectors.selectMethod(type, method, parameterTypes))
                .execute());
    }

    static NestedRun jupiter(Class<?> type) {
        return new NestedRun(EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(type))
                .execute());
    }

    /** The failures of the tests (properties, examples) by display name. */
    Map<String, Throwable> testFailures() {
        Map<String, Throwable> out = new LinkedHashMap<>();
        for (Event e : results.testEvents().failed().list()) {
            out.put(e.getTestDescriptor().getDisplayName(), throwable(e));
        }
        return out;
    }

    int testsSucceeded() {
        return (int) results.testEvents().succeeded().count();
    }

    /**
     * The failures of test classes (whose hooks failed). jqwik also marks its engine failed then,
     * with the same error; that is not counted.
     */
    List<Throwable> containerFailures() {
        List<Throwable> out = new ArrayList<>();
        for (Event e : results.containerEvents().failed().list()) {
            if (e.getTestDescriptor().getSource().filter(ClassSource.class::isInstance).isPresent()) {
                out.add(throwable(e));
            }
        }
        return out;
    }

    /** The one test that failed, by name; fails when another failed too or none did. */
    Throwable onlyFailure(String name) {
        Map<String, Throwable> failures = testFailures();
        assertEquals(Set.of(name), failures.keySet(), "the tests that failed");
        return failures.get(name);
    }

    private static Throwable throwable(Event e) {
        return e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow();
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
