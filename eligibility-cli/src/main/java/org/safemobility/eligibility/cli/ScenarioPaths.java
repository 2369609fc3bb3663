package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioFileException;
import org.safemobility.eligibility.authoring.scenario.ScenarioFiles;

/** The scenario folders or files of {@code test} and {@code mutate}: read once, each problem said the same way. */
final class ScenarioPaths {

    private ScenarioPaths() {
    }

    /**
     * The scenarios of {@code paths}, or {@code null} when a path is missing, a file breaks the
     * format or there is no scenario at all (each problem printed on {@code err}, prefixed by the
     * command's name): a usage error, exit 2.
     */
    static List<Scenario> read(String command, List<Path> paths, PrintWriter err) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                err.println(command + ": " + path + ": no such folder or file");
                err.flush();
                return null;
            }
        }
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.read(paths);
        } catch (ScenarioFileException e) {
            e.problems().forEach(p -> err.println(command + ": " + p));
            err.println(command + ": " + RulesOption.count(e.problems().size()) + " in the scenario files; nothing was run");
            err.flush();
            return null;
        }
        if (scenarios.isEmpty()) {
            err.println(command + ": no scenario in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + " (scenario files end in .json)");
            err.flush();
            return null;
        }
        return scenarios;
    }
}
