package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Protection;

/** The two engines the self-tests build from folders really run the DRL they were given. */
class FolderRulesTest {

    private static final Applicant PARTICIPANT = Applicant.builder("synthetic-folder", Office.GT)
            .applicationDate(LocalDate.of(2024, 3, 1))
            .protection(new Protection(null, null, null, true, null, null))
            .build();

    @Test
    void theCopyRunsTheBundledRulesAndThePlantedBugFlipsOneCriterion() {
        Outcome correct = RulesFolder.bundledCopy().evaluate(PARTICIPANT).pathway(Pathway.REFUGEE_RESETTLEMENT)
                .criterion("REF-NOT-PERSECUTOR").orElseThrow().outcome();
        Outcome broken = PlantedBug.engine().evaluate(PARTICIPANT).pathway(Pathway.REFUGEE_RESETTLEMENT)
                .criterion("REF-NOT-PERSECUTOR").orElseThrow().outcome();
        assertEquals(Outcome.NOT_MET, correct, "policy section 3: a participant fails REF-NOT-PERSECUTOR");
        assertEquals(Outcome.MET, broken, "the planted bug lets a participant through");
        assertNotEquals(RulesFolder.bundledCopy().rulesetVersion(), PlantedBug.engine().rulesetVersion(),
                "the edited rule set hashes differently");
    }
}
