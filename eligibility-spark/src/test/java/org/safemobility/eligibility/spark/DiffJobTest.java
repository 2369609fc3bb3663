package org.safemobility.eligibility.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.authoring.diff.ImpactDiff;
import org.safemobility.eligibility.authoring.diff.ImpactJson;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import org.safemobility.eligibility.authoring.diff.RuleTables;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testkit.Applicants;

/** {@code diff} in local mode: the report of one comparison of the whole population, from slices. */
class DiffJobTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final Path BUNDLED_RULES = Path.of("../eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");

    @TempDir
    Path tmp;

    @Test
    void theSparkDiffIsTheImpactDiffOfTheWholePopulation() throws IOException {
        Path rules = tmp.resolve("rules");
        copy(BUNDLED_RULES, rules);
        Path values = rules.resolve("reference/policy-values.csv");
        Files.writeString(values, Files.readString(values).replace("ADULT-AGE,number,18,", "ADULT-AGE,number,40,"));
        EligibilityEngine bundled = EligibilityEngine.builder().build();
        EligibilityEngine edited = EligibilityEngine.builder().rulesFolder(rules).build();

        // applicants aimed at both rule sets' tables, with two lines that are not valid applicants
        List<String> lines = new ArrayList<>();
        for (Applicant a : Applicants.aimedAt(bundled, edited).sample(14L, 400)) {
            lines.add(EligibilityJson.writeApplicant(a));
        }
        lines.add(17, "not json");
        lines.add(230, "{\"id\": 5}");
        Path input = tmp.resolve("population.jsonl");
        Files.write(input, lines);
        Path output = tmp.resolve("impact.json");

        LocalSpark.Run run = LocalSpark.run("diff", "--new", rules.toString(), "--input", input.toString(),
                "--as-of", AS_OF.toString(), "--show", "5", "--output", output.toString());

        assertEquals(0, run.code(), run.err());
        ImpactDiff.Comparison whole = ImpactDiff.between(bundled, edited).asOf(AS_OF).examples(5)
                .tables(RuleTables.folder(BUNDLED_RULES), RuleTables.folder(rules)).build().start();
        for (String line : lines) {
            try {
                whole.add(EligibilityJson.readApplicant(line));
            } catch (InvalidApplicantException e) {
                whole.skipUnreadable();
            }
        }
        ImpactReport expected = whole.finish();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ImpactJson.write(json, new ImpactJson.Sources("bundled", rules.toString(), input.toString(), 0, 0), expected);
        assertArrayEquals(json.toByteArray(), Files.readAllBytes(output));

        // by hand: raising the adult age only takes access away (ACC-AGE is MET at that age or older),
        // and the two bad lines are skipped as invalid
        assertEquals(2, expected.invalid());
        assertEquals(400, expected.compared());
        assertTrue(expected.access().count(Status.ELIGIBLE, Status.NOT_ELIGIBLE) > 0);
        assertEquals(0, expected.access().count(Status.NOT_ELIGIBLE, Status.ELIGIBLE));
        assertEquals(0, expected.access().count(Status.POSSIBLY_ELIGIBLE, Status.ELIGIBLE));
        assertTrue(run.err().contains("diff: 400 of 402 applicants compared, 2 skipped as invalid, 0 the rules failed on"),
                run.err());
    }

    @Test
    void aRulesFolderThatDoesNotBuildExitsWithOne() throws IOException {
        Path rules = tmp.resolve("broken");
        copy(BUNDLED_RULES, rules);
        Files.writeString(rules.resolve("h2a.drl"), "\nrule \"broken\" when then nonsense(; end\n",
                java.nio.file.StandardOpenOption.APPEND);

        LocalSpark.Run run = LocalSpark.run("diff", "--new", rules.toString(), "--input", tmp.resolve("none.jsonl").toString());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("diff: the --new rules (" + rules + ") do not build:"), run.err());
        assertTrue(run.err().contains("h2a.drl"), run.err());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
