package org.safemobility.eligibility.rules;

import java.nio.file.Path;
import java.util.List;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioFiles;

/** The hand-written scenario files of {@code src/test/resources/scenarios}, read once per test run. */
final class BundledScenarios {

    static final Path DIR = Path.of("src/test/resources/scenarios");

    private static final class Holder {
        static final List<Scenario> ALL = ScenarioFiles.read(DIR);
    }

    private BundledScenarios() {
    }

    /** Every scenario, file by file in path order (the format is in the folder's README). */
    static List<Scenario> all() {
        return Holder.ALL;
    }

    /** The scenario's file relative to {@link #DIR}, as {@code frp.json}. */
    static String file(Scenario s) {
        return DIR.relativize(s.file()).toString();
    }
}
