package org.safemobility.eligibility.authoring.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.authoring.scenario.ScenarioFiles;
import org.safemobility.eligibility.testing.RulesFolderCopy;
import org.safemobility.eligibility.testing.SharedFolder;

/**
 * A short mutation run on a copy of the bundled rules, judged by the bundled rules' scenarios: a
 * mutant that breaks the age rule is killed, and an equivalent mutant survives.
 *
 * <p>The copy's host-residence rule is edited to name the office's country twice,
 * {@code isAnyOf(office, office)}: dropping either argument leaves the same test, so those two
 * mutants are equivalent and no test can kill them. Turning ACC-AGE's {@code atLeast} into
 * {@code atMost} lets every adult fail the age criterion (policy section 2: adults register),
 * which the scenarios check.
 */
class MutationTestingTest {

    private static final Path SCENARIOS = SharedFolder.projectRoot().resolve("eligibility-rules/src/test/resources/scenarios");
    private static Path folder;

    @BeforeAll
    static void copy() {
        folder = RulesFolderCopy.copy(Path.of("target", "rules-folders", "mutate").toAbsolutePath());
        RulesFolderCopy.edit(folder.resolve("access.drl"), "$s.residenceCountry().is($s.office().name())",
                "$s.residenceCountry().isAnyOf($s.office().name(), $s.office().name())");
    }

    private static boolean ageAtMost(Mutant m) {
        return m.file().equals("access.drl") && m.operator() == MutationOperator.NUMBER_COMPARISON
                && m.original().equals("atLeast") && m.replacement().equals("atMost");
    }

    private static boolean duplicateOffice(Mutant m) {
        return m.file().equals("access.drl") && m.operator() == MutationOperator.DROP_ARGUMENT
                && m.original().contains("$s.office().name()");
    }

    @Test
    void theScenariosKillTheAgeMutantAndTheEquivalentMutantsSurvive() {
        MutationTesting testing = MutationTesting.ofFolder(folder).threads(2);
        Mutant age = testing.allMutants().stream().filter(MutationTestingTest::ageAtMost).findFirst().orElseThrow();
        testing.only(m -> m.equals(age) || duplicateOffice(m));
        assertEquals(3, testing.mutants().size(), "the age mutant and the two dropped office arguments");

        MutationReport report = testing.run(ScenarioJudge.of(ScenarioFiles.read(SCENARIOS)), "the bundled scenarios");

        MutationReport.Counts counts = report.counts();
        assertEquals(3, counts.total());
        assertEquals(0, counts.notCompiling());
        assertEquals(1, counts.killed());
        assertEquals(2, counts.survived());
        assertEquals(1 / 3.0, report.score(), 1e-9);
        MutantResult ageResult = report.results().stream().filter(r -> r.mutant().equals(age)).findFirst().orElseThrow();
        assertEquals(Verdict.KILLED, ageResult.verdict());
        assertTrue(ageResult.detail().startsWith("scenario "), ageResult.detail());
        assertTrue(report.survivors().stream().allMatch(MutationTestingTest::duplicateOffice));
        String text = report.toText();
        for (Mutant m : report.survivors()) {
            assertTrue(text.contains("  access.drl:" + m.line() + ":" + m.column() + " drop-argument "), text);
        }
        assertTrue(text.contains("score:         33.3% (1 of 3 compiling mutants killed)"), text);
        assertTrue(report.toJson().contains("\"verdict\" : \"KILLED\""));
    }

    @Test
    void aJudgeThatFailsOnTheUnmutatedRulesStopsTheRun() {
        MutationTesting testing = MutationTesting.ofFolder(folder).only(MutationTestingTest::ageAtMost);
        BaselineException e = assertThrows(BaselineException.class,
                () -> testing.run(engine -> Optional.of("always fails"), "a broken judge"));
        assertTrue(e.getMessage().contains("the tests fail on the unmutated rules: always fails"), e.getMessage());
    }

    @Test
    void aSampleIsTheSameForTheSameSeedAndKeepsMutantOrder() {
        List<Mutant> a = MutationTesting.ofFolder(folder).sample(10, 7).mutants();
        List<Mutant> b = MutationTesting.ofFolder(folder).sample(10, 7).mutants();
        assertEquals(a, b);
        assertEquals(10, a.size());
        for (int i = 1; i < a.size(); i++) {
            assertTrue(Integer.parseInt(a.get(i - 1).id().substring(1)) < Integer.parseInt(a.get(i).id().substring(1)));
        }
    }

    @Test
    void everyOperatorFamilyFindsSomethingInTheBundledRules() {
        List<Mutant> all = MutationTesting.ofFolder(folder).allMutants();
        assertTrue(all.stream().anyMatch(m -> m.operator().family() == MutationOperator.Family.DRL));
        assertTrue(all.stream().anyMatch(m -> m.operator() == MutationOperator.TABLE_DROP_ROW));
        assertTrue(all.stream().anyMatch(m -> m.operator() == MutationOperator.TABLE_DATE_SHIFT));
        // a mutant names where it is: its original text is at its line and column
        for (Mutant m : all) {
            String[] lines = read(folder.resolve(m.file())).split("\n", -1);
            String first = m.original().split("\n", -1)[0];
            assertTrue(lines[m.line() - 1].startsWith(first, m.column() - 1), m.describe());
        }
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
