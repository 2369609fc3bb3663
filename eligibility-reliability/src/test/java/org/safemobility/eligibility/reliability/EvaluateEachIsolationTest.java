package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.ScreeningResult.Failed;
import org.safemobility.eligibility.ScreeningResult.Rejected;
import org.safemobility.eligibility.ScreeningResult.Screened;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * {@link EligibilityEngine#evaluateEach} keeps a failure of the rules with the applicant it
 * belongs to: the applicants screened in the same rule session as one the rules fail on still get
 * the reports they get alone, and the failure names rule and criterion without applicant values.
 */
class EvaluateEachIsolationTest {

    private static EligibilityEngine bundled;
    private static EligibilityEngine tripwire;
    private static List<Applicant> examples;

    @BeforeAll
    static void engines() {
        bundled = EligibilityEngine.builder().build();
        tripwire = TestRuleSets.tripwire();
        examples = Examples.applicants();
    }

    /** A valid applicant with distinctive values, so a leak would show. */
    private static Applicant canary(String id) {
        var tree = Examples.tree(0);
        tree.put("id", id);
        tree.put("dateOfBirth", "1931-02-03");
        tree.putArray("nationalities").add("GT").add("MX");
        return EligibilityJson.readApplicant(tree.toString());
    }

    /** The bundled rules' report of {@code a}, as JSON stamped with the tripwire rule set's version. */
    private static String bundledReport(Applicant a) {
        return EligibilityJson.writeReport(bundled.evaluate(a)).replace(bundled.rulesetVersion(), tripwire.rulesetVersion());
    }

    @Test
    void aRuleThatThrowsForOneApplicantFailsThatOneAndTheOthersInItsSessionGetTheirReports() {
        // 39 applicants, within one rule session (64): the 30 examples, 8 of them again under other ids,
        // and at position 11 one the tripwire rule throws for
        List<Applicant> batch = new ArrayList<>(examples);
        for (int i = 0; i < 8; i++) {
            batch.add(Examples.withId(i, "again-" + i));
        }
        batch.add(11, canary("trip-Qz7Canary"));
        assertEquals(39, batch.size());

        List<ScreeningResult> results = tripwire.evaluateEach(batch, null);

        assertEquals(39, results.size());
        Failed failed = assertInstanceOf(Failed.class, results.get(11));
        assertEquals("trip-Qz7Canary", failed.applicantId());
        assertEquals("TEST-THROWS", failed.rule());
        assertEquals("TEST-THROWS", failed.criterion());
        assertEquals(tripwire.rulesetVersion(), failed.rulesetVersion());
        for (String value : List.of("Qz7Canary", "1931-02-03", "[GT, MX]", "MX")) {
            assertFalse(failed.message().contains(value), "leaked " + value + ": " + failed.message());
            assertFalse(failed.toString().replace("trip-Qz7Canary", "").contains(value), "leaked " + value);
        }
        for (int i = 0; i < 39; i++) {
            if (i != 11) {
                Screened s = assertInstanceOf(Screened.class, results.get(i), "applicant " + i);
                assertEquals(bundledReport(batch.get(i)), EligibilityJson.writeReport(s.report()),
                        "applicant " + i + " gets the report the bundled rules give it");
            }
        }
    }

    @Test
    void failuresOfSeveralKindsAndARejectionInOneBatchStayWithTheirApplicants() {
        List<Applicant> batch = new ArrayList<>(examples.subList(0, 10));
        batch.add(2, canary("constraint-Qz7Canary"));
        batch.add(5, canary("loop-Qz7Canary"));
        var bornLater = Examples.tree(3);
        bornLater.put("id", "born-later");
        bornLater.remove("applicationDate");
        bornLater.put("dateOfBirth", "2031-01-01");
        batch.add(8, EligibilityJson.readApplicant(bornLater.toString()));

        List<ScreeningResult> results = tripwire.evaluateEach(batch, java.time.LocalDate.of(2024, 9, 1));

        assertEquals(13, results.size());
        assertEquals("TEST-CONSTRAINT-THROWS", assertInstanceOf(Failed.class, results.get(2)).rule());
        assertEquals("TEST-LOOPS", assertInstanceOf(Failed.class, results.get(5)).rule());
        Rejected rejected = assertInstanceOf(Rejected.class, results.get(8));
        assertEquals("born-later", rejected.applicantId());
        assertEquals(List.of("dateOfBirth born-after-evaluation-date"),
                rejected.violations().stream().map(v -> v.field() + " " + v.code()).toList());
        int example = 0;
        for (int i = 0; i < 13; i++) {
            if (i == 2 || i == 5 || i == 8) {
                continue;
            }
            Applicant a = examples.get(example++);
            assertEquals(a.id(), assertInstanceOf(Screened.class, results.get(i)).applicantId(), "input order");
        }
    }
}
