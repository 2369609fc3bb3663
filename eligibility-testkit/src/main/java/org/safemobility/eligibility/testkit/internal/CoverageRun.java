package org.safemobility.eligibility.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.CriterionCoverage;

/**
 * The criterion coverage of this JVM's test run: one tally per running annotated class, merged
 * into the run's tally (and its file) when the class finishes.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CoverageRun {

    private static final List<CoverageTally> OPEN = new CopyOnWriteArrayList<>();
    private static final Map<Path, CoverageTally> RUN = new ConcurrentHashMap<>();

    private CoverageRun() {
    }

    public static void record(EligibilityReport report) {
        for (CoverageTally t : OPEN) {
            t.add(report);
        }
    }

    public static CoverageTally open() {
        CoverageTally t = new CoverageTally();
        OPEN.add(t);
        return t;
    }

    /**
     * Closes a class's tally: adds it to the run's file and, when asked, fails on its gaps.
     *
     * @throws AssertionFailedError when {@code settings.failOnGaps()} and a criterion was not seen both ways
     */
    public static void close(CoverageTally tally, CriterionCoverage settings, String source) {
        OPEN.remove(tally);
        Path output = Path.of(settings.output()).toAbsolutePath().normalize();
        CoverageTally run = RUN.computeIfAbsent(output, p -> new CoverageTally());
        run.addAll(tally, source);
        try {
            Files.createDirectories(output.getParent());
            Files.writeString(output, run.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the criterion coverage table to " + output, e);
        }
        if (settings.failOnGaps()) {
            List<String> gaps = tally.gaps(Set.of(settings.exempt()));
            if (tally.reports() == 0) {
                throw new AssertionFailedError("[criterion coverage] " + source
                        + " screened no report; record reports with RulesUnderTest.screen or CoverageRecorder.record");
            }
            if (!gaps.isEmpty()) {
                StringBuilder m = new StringBuilder("[criterion coverage] over " + tally.reports() + " reports of " + source
                        + ", these criteria were not seen both MET and NOT_MET (table: " + output + "):");
                for (String id : gaps) {
                    m.append("\n  ").append(id).append(": MET ").append(tally.count(id, Outcome.MET))
                            .append(", NOT_MET ").append(tally.count(id, Outcome.NOT_MET))
                            .append(", UNKNOWN ").append(tally.count(id, Outcome.UNKNOWN));
                }
                throw new AssertionFailedError(m.toString());
            }
        }
    }
}
