package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Residence;

/** The engine validates applicants built in Java too, against the evaluation date it will use. */
class EngineRejectionTest {

    private final EligibilityEngine engine = TestEngine.get();

    @Test
    void aDateOfBirthAfterTheAsOfDateIsRejected() {
        Applicant a = Applicant.builder("t-2", Office.CR).dateOfBirth(LocalDate.of(2024, 5, 2)).build();
        InvalidApplicantException e = assertThrows(InvalidApplicantException.class,
                () -> TestEngine.evaluate(a, LocalDate.of(2024, 5, 1)));
        assertEquals(List.of("dateOfBirth born-after-evaluation-date"),
                e.violations().stream().map(v -> v.field() + " " + v.code()).toList());
        assertEquals("t-2", e.applicantId());
        // the same applicant is fine one day later
        assertEquals(LocalDate.of(2024, 5, 2), TestEngine.evaluate(a, LocalDate.of(2024, 5, 2)).evaluationDate());
    }

    @Test
    void todayComesFromTheInjectedClock() {
        EligibilityEngine fixed = EligibilityEngine.builder()
                .clock(Clock.fixed(LocalDate.of(2024, 2, 29).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build();
        Applicant a = Applicant.builder("t-3", Office.GT).build();
        assertEquals(LocalDate.of(2024, 2, 29), TestEngine.checked(fixed.evaluate(a)).evaluationDate());
        assertEquals(LocalDate.of(2023, 7, 1), TestEngine.checked(fixed.evaluate(a, LocalDate.of(2023, 7, 1))).evaluationDate());
        Applicant applied = Applicant.builder("t-4", Office.GT).applicationDate(LocalDate.of(2023, 8, 8)).build();
        assertEquals(LocalDate.of(2023, 8, 8), TestEngine.checked(fixed.evaluate(applied, LocalDate.of(2023, 7, 1))).evaluationDate(),
                "the application date wins over the as-of date");
    }

    @Test
    void invalidValuesFromJavaAreRejectedWithPathsAndNoValues() {
        Applicant a = Applicant.builder("bad id Q7MARKER", Office.GT)
                .nationalities("gt", "XX")
                .residence(new Residence("QZ", null, null, null, null))
                .build();
        InvalidApplicantException e = assertThrows(InvalidApplicantException.class, () -> TestEngine.evaluate(a));
        assertEquals(List.of("id pattern", "nationalities[0] lower-case-country", "nationalities[1] unassigned-country",
                        "residence.country unassigned-country"),
                e.violations().stream().map(v -> v.field() + " " + v.code()).toList());
        assertFalse(e.getMessage().contains("Q7MARKER") || e.getMessage().contains("QZ"), e.getMessage());
        assertEquals(null, e.applicantId(), "an invalid id is never echoed");
    }

    @Test
    void aBatchWithAnInvalidApplicantNamesItsPosition() {
        Applicant good = Applicant.builder("t-5", Office.EC).build();
        Applicant bad = Applicant.builder("t-6", Office.EC).nationalities("EC", "EC").build();
        InvalidApplicantException e = assertThrows(InvalidApplicantException.class,
                () -> engine.evaluateAll(List.of(good, bad), LocalDate.of(2024, 1, 1)));
        assertEquals(List.of("[1].nationalities[1] duplicate-item"),
                e.violations().stream().map(v -> v.field() + " " + v.code()).toList());
    }

    @Test
    void aBatchGivesTheSameReportsAsOneByOneInInputOrder() {
        List<Applicant> applicants = List.of(
                Applicant.builder("b-1", Office.GT).nationalities("GT").build(),
                Applicant.builder("b-2", Office.CR).applicationDate(LocalDate.of(2023, 8, 1)).build(),
                Applicant.builder("b-3", Office.CO).nationalities("VE").build());
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        assertEquals(applicants.stream().map(a -> TestEngine.evaluate(a, asOf)).toList(), engine.evaluateAll(applicants, asOf).stream().map(TestEngine::checked).toList());
    }
}
