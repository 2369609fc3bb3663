package org.safemobility.eligibility.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.EngineAccess;

/**
 * Engines over test-only rule sets: the bundled DRL (as shipped in the rules jar) plus test files,
 * compiled at test time to the executable model, as the bundled rules are at build time.
 */
final class TestRuleSets {

    static final String BUNDLED = "META-INF/safemobility-ruleset/";

    private TestRuleSets() {
    }

    /** The bundled rules plus {@code tripwire.drl}: compiled once (seconds), shared (engines are thread-safe). */
    static EligibilityEngine tripwire() {
        return TripwireHolder.ENGINE;
    }

    private static final class TripwireHolder {
        static final EligibilityEngine ENGINE =
                engine("tripwire-test+sha256.0000000000000000", "org/safemobility/eligibility/reliability/tripwire.drl");
    }

    static EligibilityEngine engine(String version, String... extraDrl) {
        return EngineAccess.engine(kieBase(true, extraDrl), version, TestRuleSets.class.getClassLoader(),
                Clock.systemDefaultZone());
    }

    /** As {@link #engine}, compiled by the classic compiler (for DRL the executable model cannot compile). */
    static EligibilityEngine classicEngine(String version, String... extraDrl) {
        return EngineAccess.engine(kieBase(false, extraDrl), version, TestRuleSets.class.getClassLoader(),
                Clock.systemDefaultZone());
    }

    static KieBase kieBase(boolean executableModel, String... extraDrl) {
        KieHelper helper = new KieHelper();
        for (String file : bundledDrlFiles()) {
            helper.addContent(read(BUNDLED + file), "org/safemobility/eligibility/rules/" + file);
        }
        for (String resource : extraDrl) {
            helper.addContent(read(resource), ResourceType.DRL);
        }
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
