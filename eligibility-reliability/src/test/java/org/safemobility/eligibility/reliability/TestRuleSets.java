package org.safemobility.eligibility.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.TestEngines;

/**
 * Engines over test-only rule sets: the bundled DRL (as shipped in the rules jar) plus test files,
 * compiled at test time to the executable model, as the bundled rules are at build time. Built
 * through core's test jar ({@link TestEngines}): the main code offers no way to build an engine
 * from a knowledge base, and the version of each test rule set is a hash over its DRL.
 */
final class TestRuleSets {

    static final String BUNDLED = "META-INF/safemobility-ruleset/";
    private static final String BUNDLED_SOURCE = "org/safemobility/eligibility/rules/";

    private TestRuleSets() {
    }

    /** The bundled rules plus {@code tripwire.drl}: compiled once (seconds), shared (engines are thread-safe). */
    static EligibilityEngine tripwire() {
        return TripwireHolder.ENGINE;
    }

    private static final class TripwireHolder {
        static final EligibilityEngine ENGINE =
                engine("tripwire-test", "org/safemobility/eligibility/reliability/tripwire.drl");
    }

    static EligibilityEngine engine(String name, String... extraDrl) {
        return TestEngines.engine(name, drl(extraDrl), sources -> kieBase(true, sources),
                TestRuleSets.class.getClassLoader(), Clock.systemDefaultZone());
    }

    /** As {@link #engine}, compiled by the classic compiler (for DRL the executable model cannot compile). */
    static EligibilityEngine classicEngine(String name, String... extraDrl) {
        return TestEngines.engine(name, drl(extraDrl), sources -> kieBase(false, sources),
                TestRuleSets.class.getClassLoader(), Clock.systemDefaultZone());
    }

    /** The bundled DRL files (by their source path) and then the test's, each with its text. */
    private static Map<String, String> drl(String... extraDrl) {
        Map<String, String> drl = new LinkedHashMap<>();
        for (String file : bundledDrlFiles()) {
            drl.put(BUNDLED_SOURCE + file, read(BUNDLED + file));
        }
        for (String resource : extraDrl) {
            drl.put(resource, read(resource));
        }
        return drl;
    }

    private static KieBase kieBase(boolean executableModel, Map<String, String> drl) {
        KieHelper helper = new KieHelper();
        drl.forEach((path, text) -> {
            if (path.startsWith(BUNDLED_SOURCE)) {
                helper.addContent(text, path);
            } else {
                helper.addContent(text, ResourceType.DRL);
            }
        });
        return executableModel ? helper.build(ExecutableModelProject.class) : helper.build();
    }

    /** The DRL files the bundled manifest lists. */
    static List<String> bundledDrlFiles() {
        List<String> files = new ArrayList<>();
        for (String line : read(BUNDLED + "ruleset.manifest").split("\n")) {
            String f = line.strip();
            if (f.endsWith(".drl")) {
                files.add(f);
            }
        }
        return files;
    }

    static String read(String resource) {
        try (InputStream in = TestRuleSets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
