package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.PropertyDefaults;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;

/**
 * The properties find a planted bug: with a deliberately broken copy of one rule
 * ({@link PlantedBug}: the persecutor bar inverted), the policy invariant about persecutors and the
 * refugee criteria fail (and the missing information that follows from the wrong status), no other,
 * and the differential check against the correct rules fails; each with a shrunk counterexample that
 * keeps only the answer the bug is about.
 */
class PlantedBugTest {

    /** The policy invariants pointed at the broken rules, over the offices' registration window. */
    @PropertyDefaults(tries = 300)
    static class PolicyOnBrokenRules implements PolicyProperties {
        @Override
        public EligibilityEngine engine() {
            return PlantedBug.engine();
        }

        @Override
        public Arbitrary<Applicant> applicants() {
            return Applicants.applicants().evaluatedBetween(LocalDate.of(2023, 6, 12), LocalDate.of(2025, 1, 26));
        }
    }

    /** The broken rules compared with the correct ones. */
    @PropertyDefaults(tries = 200)
    static class BrokenAgainstCorrectRules implements DifferentialProperties {
        @Override
        public EligibilityEngine engine() {
            return PlantedBug.engine();
        }

        @Override
        public EligibilityEngine reference() {
            return RulesFolder.bundledCopy();
        }
    }

    /** The stock properties pointed at a rule that treats an unanswered question as answered. */
    @PropertyDefaults(tries = 600)
    static class StockOnRulesThatGuess implements StockProperties {
        @Override
        public EligibilityEngine engine() {
            return PlantedBug.unknownAsNotMet();
        }
    }

    @Test
    void informationMonotonicityCatchesARuleThatTreatsAMissingAnswerAsNo() {
        NestedRun run = NestedRun.jqwik(StockOnRulesThatGuess.class, "anAnswerOnlyEverDecidesWhatWasUnknown",
                Applicant.class.getName() + ", int");
        Counterexample counterexample = assertInstanceOf(Counterexample.class, run.onlyFailure("anAnswerOnlyEverDecidesWhatWasUnknown"));
        assertTrue(counterexample.getMessage().contains("REF-NOT-PERSECUTOR: NOT_MET without the answer, MET with it"),
                counterexample.getMessage());
        JsonNode applicant = NestedRun.json(counterexample.applicantJson());
        assertEquals(Set.of("id", "office", "applicationDate", "protection"), NestedRun.fieldNames(applicant),
                counterexample.applicantJson());
        assertEquals(Set.of("participatedInPersecution"), NestedRun.fieldNames(applicant.get("protection")));
        assertEquals(2, counterexample.reportsJson().size(), "the reports without and with the answer");
    }

    @Test
    void thePersecutorInvariantAndTheRefugeeCriteriaCatchTheBrokenRuleAndNoOtherInvariantFails() {
        NestedRun run = NestedRun.jqwik(PolicyOnBrokenRules.class);
        Map<String, Throwable> failures = run.testFailures();
        // REF-NOT-PERSECUTOR decided wrongly: the persecutor invariant and the refugee criteria see it,
        // and with the refugee status wrong, so does the missing information that matters.
        assertEquals(Set.of("aParticipantInPersecutionIsNeverRefugeeEligible", "refugeeResettlementIsDecidedAsThePolicyWritesIt",
                "missingInformationIsWhatThePolicySaysMatters"), failures.keySet());
        assertEquals(9, run.testsSucceeded(), "every other policy property holds for the broken rules");

        Counterexample counterexample = assertInstanceOf(Counterexample.class, failures.get("aParticipantInPersecutionIsNeverRefugeeEligible"));
        assertTrue(counterexample.getMessage().startsWith("[policy: a participant in persecution is never refugee-ELIGIBLE"),
                counterexample.getMessage());
        JsonNode applicant = NestedRun.json(counterexample.applicantJson());
        // Shrunk to the one answer the bug is about; everything else is absent.
        assertEquals(Set.of("id", "office", "applicationDate", "protection"), NestedRun.fieldNames(applicant),
                counterexample.applicantJson());
        assertEquals(Set.of("participatedInPersecution"), NestedRun.fieldNames(applicant.get("protection")));
        assertTrue(applicant.get("protection").get("participatedInPersecution").booleanValue());
        assertTrue(applicant.get("id").textValue().startsWith("synthetic-"));
        // The report is in the message and in the error, as JSON.
        assertEquals(1, counterexample.reportsJson().size());
        JsonNode report = NestedRun.json(counterexample.reportsJson().get(0));
        assertEquals("POSSIBLY_ELIGIBLE", report.get("pathways").get(0).get("status").textValue());
        assertTrue(counterexample.getMessage().contains("\"rule\" : \"REF-NOT-PERSECUTOR\""), "the report is in the message");

        // The criterion property names the criterion, both outcomes and the policy's row, shrunk to the same answer.
        Counterexample criterion = assertInstanceOf(Counterexample.class, failures.get("refugeeResettlementIsDecidedAsThePolicyWritesIt"));
        String message = criterion.getMessage();
        assertTrue(message.startsWith("[policy: REFUGEE_RESETTLEMENT criterion by criterion as written (section 3)] REF-NOT-PERSECUTOR: the policy gives "),
                message);
        assertTrue(message.contains("- REF-NOT-PERSECUTOR: the policy gives NOT_MET, the report MET (rule REF-NOT-PERSECUTOR)")
                || message.contains("- REF-NOT-PERSECUTOR: the policy gives MET, the report NOT_MET (rule REF-NOT-PERSECUTOR)"), message);
        assertTrue(message.contains("policy section 3: `protection.participatedInPersecution` is false"), message);
        JsonNode shrunk = NestedRun.json(criterion.applicantJson());
        assertEquals(Set.of("id", "office", "applicationDate", "protection"), NestedRun.fieldNames(shrunk), criterion.applicantJson());
        assertEquals(Set.of("participatedInPersecution"), NestedRun.fieldNames(shrunk.get("protection")));
    }

    @Test
    void theDifferentialCheckReportsTheFirstApplicantScreenedDifferentlyShrunk() {
        NestedRun run = NestedRun.jqwik(BrokenAgainstCorrectRules.class);
        Counterexample counterexample = assertInstanceOf(Counterexample.class, run.onlyFailure("statusesMatchTheReference"));

        JsonNode applicant = NestedRun.json(counterexample.applicantJson());
        assertEquals(Set.of("id", "office", "applicationDate", "protection"), NestedRun.fieldNames(applicant),
                counterexample.applicantJson());
        assertEquals(Set.of("participatedInPersecution"), NestedRun.fieldNames(applicant.get("protection")));
        // Both reports, reference first, as the error's expected and actual values.
        assertEquals(2, counterexample.reportsJson().size());
        assertEquals(counterexample.reportsJson().get(0), counterexample.getExpected().getValue());
        assertEquals(counterexample.reportsJson().get(1), counterexample.getActual().getValue());
        String message = counterexample.getMessage();
        assertTrue(message.contains("REFUGEE_RESETTLEMENT: "), message);
        assertTrue(message.contains("REF-NOT-PERSECUTOR: "), message);
        assertTrue(message.contains("Reference report (") && message.contains("Engine report ("), message);
    }
}
