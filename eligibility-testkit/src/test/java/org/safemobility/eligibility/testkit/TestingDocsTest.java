package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.testing.SharedFolder;

/**
 * docs/testing.md shows output this module produces: the counterexample of the planted bug (with a
 * fixed seed, so it is the same on every run) and the coverage table of {@link CriterionCoverageTest}.
 */
class TestingDocsTest {

    private static final Path DOCS = SharedFolder.projectRoot().resolve("docs/testing.md");

    /** The persecutor invariant against the planted bug, replayed with a fixed seed. */
    @PropertyDefaults(tries = 300)
    static class FixedSeedPolicyOnBrokenRules implements PolicyProperties {
        @Override
        public EligibilityEngine engine() {
            return PlantedBug.engine();
        }

        @Override
        public Arbitrary<Applicant> applicants() {
            return Applicants.applicants().evaluatedBetween(LocalDate.of(2023, 6, 12), LocalDate.of(2025, 1, 26));
        }

        @Override
        @Property(seed = "2024")
        public void aParticipantInPersecutionIsNeverRefugeeEligible(@ForAll("testkitApplicants") Applicant applicant) {
            PolicyProperties.super.aParticipantInPersecutionIsNeverRefugeeEligible(applicant);
        }
    }

    @Test
    void theCounterexampleInTheDocsIsTheOneThePlantedBugGives() throws IOException {
        Throwable failure = NestedRun.jqwik(FixedSeedPolicyOnBrokenRules.class, "aParticipantInPersecutionIsNeverRefugeeEligible",
                Applicant.class.getName()).onlyFailure("aParticipantInPersecutionIsNeverRefugeeEligible");
        String message = assertInstanceOf(Counterexample.class, failure).getMessage();
        String head = message.substring(0, message.indexOf("\nReport:\n"));
        assertTrue(Files.readString(DOCS).contains(head), "docs/testing.md must show:\n" + head);
    }

    @Test
    void theCoverageTableInTheDocsIsTheOneTheSelfTestWrites() throws IOException {
        NestedRun.jqwik(CriterionCoverageTest.JqwikForTheDocs.class);
        String table = Files.readString(Path.of(CriterionCoverageTest.DOCS_TABLE));
        String rows = table.substring(table.indexOf("| criterion |"), table.indexOf("\n\n", table.indexOf("| criterion |")));
        assertTrue(Files.readString(DOCS).contains(rows), "docs/testing.md must show:\n" + rows);
    }
}
