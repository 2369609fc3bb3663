package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * Rules folders for the {@code --rules DIR} tests: copies of the bundled rules' source folder under
 * {@code target/rule-folders}, some with one edit, made once per test run; and {@link #ENGINES},
 * which builds each folder's engine once (a build lints and compiles, a few seconds).
 */
final class RuleFolders {

    /** The bundled rules' source folder, relative to this module. */
    static final Path SOURCE = Path.of("../eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");

    /** The bundled rules' own scenario files. */
    static final Path RULES_SCENARIOS = Path.of("../eligibility-rules/src/test/resources/scenarios");

    private static final Path ROOT = Path.of("target/rule-folders");

    private static final Map<String, Path> MADE = new HashMap<>();
    private static final Map<Path, Object> BUILT = new HashMap<>();

    /** {@code EligibilityEngine.builder().rulesFolder(dir).build()}, once per folder; a failure is remembered too. */
    static final Function<Path, EligibilityEngine> ENGINES = RuleFolders::engine;

    private RuleFolders() {
    }

    /** An unchanged copy of the bundled rules. */
    static synchronized Path copy() {
        return MADE.computeIfAbsent("copy", name -> copyOfSource(name));
    }

    /**
     * The Guatemala office closes early: its last day in {@code reference/offices.csv} is 2024-05-31
     * instead of 2025-01-26 (the other offices keep theirs).
     */
    static synchronized Path gtClosedEarly() {
        return MADE.computeIfAbsent("gt-closed-early", name -> {
            Path dir = copyOfSource(name);
            RulesFolderCopy.edit(dir.resolve("reference/offices.csv"), "GT,2023-06-12,2025-01-26,", "GT,2023-06-12,2024-05-31,");
            return dir;
        });
    }

    /**
     * Two misspellings in rule consequences: the method {@code temporaryNed()} in rule
     * H2A-JOB-OFFER of h2a.drl and the enum constant {@code LaborCertification.APROVED} in rule
     * H2B-LABOR-CERTIFICATION of h2b.drl.
     */
    static synchronized Path twoTypos() {
        return MADE.computeIfAbsent("two-typos", name -> {
            Path dir = copyOfSource(name);
            RulesFolderCopy.edit(dir.resolve("h2a.drl"), "$o.offer().temporaryNeed()", "$o.offer().temporaryNed()");
            RulesFolderCopy.edit(dir.resolve("h2b.drl"), "is(LaborCertification.APPROVED)", "is(LaborCertification.APROVED)");
            return dir;
        });
    }

    /** The 1-based line of {@code folder/file} that starts with {@code prefix}. */
    static int lineStarting(Path folder, String file, String prefix) {
        try {
            String[] lines = Files.readString(folder.resolve(file), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(prefix)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no line of " + file + " starts with " + prefix);
    }

    private static synchronized EligibilityEngine engine(Path folder) {
        Object built = BUILT.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> {
            try {
                return EligibilityEngine.builder().rulesFolder(f).build();
            } catch (RuleSetException e) {
                return e;
            }
        });
        if (built instanceof RuleSetException e) {
            throw new RuleSetException(e.problems());
        }
        return (EligibilityEngine) built;
    }

    private static Path copyOfSource(String name) {
        return RulesFolderCopy.copy(ROOT.resolve(name));
    }
}
