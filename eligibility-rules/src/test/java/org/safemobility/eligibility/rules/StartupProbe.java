package org.safemobility.eligibility.rules;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * Measures JVM start to first report for the two ways of building the rules: the precompiled
 * kjar (what the engine ships) and the same DRL compiled at start by the classic compiler.
 * Run by {@code docs/scripts/measure-startup.sh}; not a test.
 */
public final class StartupProbe {

    private static final String APPLICANT = """
            {"id":"probe-1","office":"GT","applicationDate":"2023-09-04","dateOfBirth":"1988-11-20",
             "nationalities":["GT"],"residence":{"country":"GT","status":"CITIZEN"}}
            """;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        Applicant applicant = EligibilityJson.readApplicant(APPLICANT);
        int conclusions;
        if (args[0].equals("kjar")) {
            EligibilityEngine engine = EligibilityEngine.builder().build();
            conclusions = engine.evaluate(applicant).pathways().size();
        } else {
            ClassLoader loader = StartupProbe.class.getClassLoader();
            RuleSetFiles files = RuleSetFiles.bundled(loader);
            KieHelper helper = new KieHelper();
            for (String file : files.files()) {
                if (file.endsWith(".drl")) {
                    helper.addContent(new String(files.read(file), StandardCharsets.UTF_8), ResourceType.DRL);
                }
            }
            KieBase kieBase = helper.build();
            KieSession session = kieBase.newKieSession();
            session.setGlobal("refs", ReferenceTables.load(files));
            session.insert(new Screening(applicant, LocalDate.of(2023, 9, 4)));
            session.fireAllRules();
            conclusions = session.getObjects(o -> o instanceof Conclusion).size();
            session.dispose();
        }
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(args[0] + " " + ms + " ms (" + conclusions + ")");
    }
}
