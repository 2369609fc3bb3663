package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * The same input gives a byte-identical JSON report in a JVM whose default time zone is
 * Pacific/Kiritimati (UTC+14, the earliest on Earth), whose default locale is Turkish (dotless i
 * in upper- and lower-casing) and whose formatting locale is Egyptian Arabic (Arabic-Indic digits).
 */
class DeterminismTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 2, 29);
    static final String ZONE = "Pacific/Kiritimati";

    @TempDir
    Path dir;

    @Test
    void sameBytesInAnotherTimeZoneAndLocale() throws Exception {
        List<String> input = new ArrayList<>(Examples.lines());
        for (Applicant a : ApplicantArbitraries.sample(300, ConcurrencyTest.SEED + 2)) {
            input.add(EligibilityJson.writeApplicant(a));
        }
        Path applicants = dir.resolve("applicants.jsonl");
        Files.write(applicants, input, StandardCharsets.UTF_8);
        EligibilityEngine engine = EligibilityEngine.builder().build();
        List<String> here = new ArrayList<>();
        for (String line : input) {
            here.add(EligibilityJson.writeReport(engine.evaluate(EligibilityJson.readApplicant(line), AS_OF)));
        }

        List<String> there = otherJvm(applicants, "-Duser.timezone=" + ZONE,
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.language.format=ar", "-Duser.country.format=EG");

        assertEquals(ZONE + " tr-TR ar-EG", there.get(0), "the other JVM ran with the exotic defaults");
        assertEquals(here.size(), there.size() - 1);
        for (int i = 0; i < here.size(); i++) {
            assertEquals(here.get(i), there.get(i + 1), "report " + i);
        }
        Figures.print("determinism", here.size() + " reports byte-identical in a JVM running " + there.get(0));
    }

    private List<String> otherJvm(Path applicants, String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(properties));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(DeterminismMain.class.getName());
        command.add(applicants.toString());
        command.add(AS_OF.toString());
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the other JVM finished");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
