package org.safemobility.eligibility.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;

/**
 * Run by {@link DeterminismTest} in a JVM of its own: reads applicants (JSON Lines), writes their
 * reports (JSON Lines) to standard output, after a first line naming the JVM's time zone and
 * default locales.
 */
public final class DeterminismMain {

    private DeterminismMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(TimeZone.getDefault().getID() + " " + Locale.getDefault().toLanguageTag() + " "
                + Locale.getDefault(Locale.Category.FORMAT).toLanguageTag());
        EligibilityEngine engine = EligibilityEngine.builder().build();
        LocalDate asOf = LocalDate.parse(args[1]);
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            out.println(EligibilityJson.writeReport(engine.evaluate(EligibilityJson.readApplicant(line), asOf)));
        }
        out.flush();
    }
}
