package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.ScreeningResult.Rejected;
import org.safemobility.eligibility.ScreeningResult.Screened;
import org.safemobility.eligibility.UnsupportedLanguageException;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;

/**
 * {@link EligibilityEngine#evaluateEach}: one result per applicant, in input order; an invalid
 * applicant is a rejection in its place and the others are screened as they would be alone.
 */
class EvaluateEachTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final Office[] OFFICES = Office.values();
    private static final String[] NATIONALITIES = {"GT", "HN", "SV", "NI", "VE", "HT", "CU", "CO"};

    private final EligibilityEngine engine = TestEngine.get();

    /** Valid applicants that differ in office, nationality and age. */
    private static List<Applicant> population(int size) {
        List<Applicant> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(Applicant.builder("each-" + i, OFFICES[i % OFFICES.length])
                    .nationalities(NATIONALITIES[i % NATIONALITIES.length])
                    .dateOfBirth(LocalDate.of(1960 + i % 50, 1 + i % 12, 1 + i % 28))
                    .build());
        }
        return out;
    }

    /** Born the day after the as-of date: the one check that needs the evaluation date. */
    private static Applicant bornTomorrow(String id) {
        return Applicant.builder(id, Office.GT).nationalities("GT").dateOfBirth(AS_OF.plusDays(1)).build();
    }

    @Test
    void oneInvalidApplicantInThirtyNineIsRejectedInItsPlaceAndTheOtherThirtyEightAreScreened() {
        List<Applicant> applicants = new ArrayList<>(population(39));
        applicants.set(17, bornTomorrow("late-17"));

        List<ScreeningResult> results = engine.evaluateEach(applicants, AS_OF);

        assertEquals(39, results.size());
        Rejected rejected = assertInstanceOf(Rejected.class, results.get(17));
        assertEquals("late-17", rejected.applicantId());
        assertEquals(List.of("dateOfBirth born-after-evaluation-date"),
                rejected.violations().stream().map(v -> v.field() + " " + v.code()).toList(),
                "the applicant's own field paths, without a batch position");
        for (int i = 0; i < 39; i++) {
            if (i != 17) {
                Screened screened = assertInstanceOf(Screened.class, results.get(i), "applicant " + i);
                assertEquals("each-" + i, screened.applicantId(), "input order");
                assertEquals(TestEngine.evaluate(applicants.get(i), AS_OF), TestEngine.checked(screened.report()),
                        "the report it would get alone");
            }
        }
    }

    @Test
    void anApplicantWhoseIdIsInvalidIsRejectedWithoutAnId() {
        Applicant noId = Applicant.builder("not an id!", Office.CR).build();
        List<ScreeningResult> results = engine.evaluateEach(List.of(noId, population(1).get(0)), AS_OF);

        Rejected rejected = assertInstanceOf(Rejected.class, results.get(0));
        assertNull(rejected.applicantId(), "an invalid id is never echoed");
        assertEquals(List.of("id pattern"), rejected.violations().stream().map(v -> v.field() + " " + v.code()).toList());
        assertInstanceOf(Screened.class, results.get(1));
    }

    @Test
    void resultsKeepInputOrderAcrossRuleSessions() {
        // 150 applicants take three rule sessions of at most 64; rejections at both ends and at a session's start
        List<Applicant> applicants = new ArrayList<>(population(150));
        Set<Integer> late = Set.of(0, 64, 65, 149);
        for (int i : late) {
            applicants.set(i, bornTomorrow("late-" + i));
        }

        List<ScreeningResult> results = engine.evaluateEach(applicants, AS_OF);

        assertEquals(150, results.size());
        for (int i = 0; i < 150; i++) {
            ScreeningResult r = results.get(i);
            if (late.contains(i)) {
                assertEquals("late-" + i, assertInstanceOf(Rejected.class, r).applicantId());
            } else {
                assertEquals("each-" + i, assertInstanceOf(Screened.class, r).report().applicantId());
            }
        }
    }

    @Test
    void theLanguageIsTheReportsAndAnUnknownOneIsAnErrorOfTheCall() {
        List<Applicant> applicants = population(3);
        List<ScreeningResult> spanish = engine.evaluateEach(applicants, AS_OF, Locale.forLanguageTag("es"));
        for (int i = 0; i < 3; i++) {
            assertEquals(engine.evaluate(applicants.get(i), AS_OF, Locale.forLanguageTag("es")),
                    assertInstanceOf(Screened.class, spanish.get(i)).report());
        }
        assertThrows(UnsupportedLanguageException.class,
                () -> engine.evaluateEach(applicants, AS_OF, Locale.forLanguageTag("fr")));
    }

    @Test
    void anEmptyBatchGivesNoResults() {
        assertEquals(List.of(), engine.evaluateEach(List.of(), AS_OF));
    }
}
