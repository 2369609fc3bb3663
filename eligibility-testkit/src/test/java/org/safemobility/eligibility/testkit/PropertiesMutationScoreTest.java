package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.authoring.mutate.MutationOperator;
import org.safemobility.eligibility.authoring.mutate.MutationReport;
import org.safemobility.eligibility.authoring.mutate.MutationTesting;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * The mutation score of {@link StockProperties} + {@link PolicyProperties} at 100 tries on the
 * bundled rules (docs/testing.md, "Mutation score"): long, so only with {@code -Pstress}. The
 * report goes to {@code target/mutation/properties.txt} and {@code .json}. System properties
 * {@code mutation.sample}, {@code mutation.seed} and {@code mutation.operators} make a shorter run;
 * {@code mutation.minScore} (default 0.90, the target of issue 11) is the score it must reach.
 */
@Tag("stress")
class PropertiesMutationScoreTest {

    @Test
    void stockAndPolicyPropertiesKillTheMutantsOfTheBundledRules() throws IOException {
        Path folder = RulesFolderCopy.copy(Path.of("target", "rules-folders", "mutation-score").toAbsolutePath());
        MutationTesting testing = MutationTesting.ofFolder(folder).threads(2);
        String operators = System.getProperty("mutation.operators");
        if (operators != null && !operators.isBlank()) {
            testing.operators(MutationOperator.parse(operators));
        }
        String sample = System.getProperty("mutation.sample");
        if (sample != null && !sample.isBlank()) {
            testing.sample(Integer.parseInt(sample), Long.parseLong(System.getProperty("mutation.seed", "1")));
        }
        testing.onResult(r -> System.out.println("mutation: " + r.mutant().id() + " " + r.verdict() + " " + r.mutant().describe()));
        int expected = testing.mutants().size();

        MutationReport report = testing.run(PropertyJudge.stockAndPolicy().tries(100)::judge,
                "StockProperties + PolicyProperties at 100 tries");

        Path out = Files.createDirectories(Path.of("target", "mutation"));
        Files.writeString(out.resolve("properties.txt"), report.toText());
        Files.writeString(out.resolve("properties.json"), report.toJson());
        System.out.print(report.toText());
        assertEquals(expected, report.counts().total(), "every mutant judged");
        double min = Double.parseDouble(System.getProperty("mutation.minScore", "0.90"));
        assertTrue(report.score() >= min, "mutation score " + report.score() + " below " + min
                + "; survivors in target/mutation/properties.txt");
    }
}
