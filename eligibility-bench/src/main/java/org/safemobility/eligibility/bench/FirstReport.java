package org.safemobility.eligibility.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import org.safemobility.eligibility.EligibilityEngine;

/**
 * One whole process: start the JVM, build the engine from the bundled rules, screen one applicant,
 * and print the milliseconds from JVM start to the first report and the engine build time.
 */
public final class FirstReport {

    private FirstReport() {
    }

    public static void main(String[] args) {
        long buildStart = System.nanoTime();
        EligibilityEngine engine = EligibilityEngine.builder().build();
        long built = System.nanoTime();
        engine.evaluate(Population.of(1, 1).get(0), LocalDate.of(2024, 6, 1));
        long jvmStartToReport = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-report-ms " + jvmStartToReport + " build-ms " + (built - buildStart) / 1_000_000);
    }
}
