package org.safemobility.eligibility.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.facts.ReferenceData.PolicyValueRow;
import org.safemobility.eligibility.facts.ReferenceData.ProgramWindowRow;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.ResidenceStatus;

/** The policy's dates, numbers and lists as the rules read them: by name, as in force on D. */
class PolicyValuesTest {

    private static final LocalDate MIN = LocalDate.MIN;
    private static final LocalDate MAX = LocalDate.MAX;

    private static PolicyValueRow row(String name, PolicyValueKind kind, Object value, LocalDate from, LocalDate to) {
        return new PolicyValueRow(name, kind, value, from, to, "test");
    }

    private static ReferenceData refs(List<PolicyValueRow> values, List<ProgramWindowRow> programs) {
        return new ReferenceData(List.of(), List.of(), List.of(), List.of(), List.of(), programs, values);
    }

    private static final ReferenceData REFS = refs(List.of(
            row("AGE", PolicyValueKind.NUMBER, 18, MIN, LocalDate.of(2024, 12, 31)),
            row("AGE", PolicyValueKind.NUMBER, 17, LocalDate.of(2025, 1, 1), MAX),
            row("CUTOFF", PolicyValueKind.DATE, LocalDate.of(2023, 4, 11), MIN, MAX),
            row("STATUSES", PolicyValueKind.RESIDENCE_STATUS, ResidenceStatus.ASYLUM_SEEKER, MIN, MAX),
            row("STATUSES", PolicyValueKind.RESIDENCE_STATUS, ResidenceStatus.RECOGNIZED_REFUGEE, MIN, LocalDate.of(2023, 12, 31)),
            row("COUNTRIES", PolicyValueKind.COUNTRY, "SV", MIN, MAX),
            row("COUNTRIES", PolicyValueKind.COUNTRY, "GT", MIN, MAX),
            row("COUNTRIES", PolicyValueKind.COUNTRY, "HN", MIN, MAX)),
            List.of(new ProgramWindowRow(Pathway.CENTRAL_AMERICAN_MINORS, LocalDate.of(2021, 3, 15), LocalDate.of(2025, 1, 26), "t"),
                    new ProgramWindowRow(Pathway.REFUGEE_RESETTLEMENT, MIN, LocalDate.of(2025, 1, 26), "t")));

    @Test
    void aNumberIsTheRowInForceOnTheDate() {
        assertEquals(18, REFS.number("AGE", LocalDate.of(2024, 12, 31)));
        assertEquals(17, REFS.number("AGE", LocalDate.of(2025, 1, 1)));
        assertEquals(18, REFS.number("AGE", LocalDate.of(1900, 1, 1)));
        assertEquals(LocalDate.of(2023, 4, 11), REFS.date("CUTOFF", LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aListHoldsTheRowsInForceOnTheDate() {
        ValueList<ResidenceStatus> before = REFS.list("STATUSES", LocalDate.of(2023, 12, 31));
        ValueList<ResidenceStatus> after = REFS.list("STATUSES", LocalDate.of(2024, 1, 1));
        assertEquals(Set.of(ResidenceStatus.ASYLUM_SEEKER, ResidenceStatus.RECOGNIZED_REFUGEE), before.values());
        assertEquals(Set.of(ResidenceStatus.ASYLUM_SEEKER), after.values());
        assertEquals("[ASYLUM_SEEKER, RECOGNIZED_REFUGEE]", before.toString());
    }

    @Test
    void answersAreComparedWithAList() {
        ValueList<ResidenceStatus> statuses = REFS.list("STATUSES", LocalDate.of(2024, 1, 1));
        assertEquals(Outcome.MET, new Answer<>("residence.status", ResidenceStatus.ASYLUM_SEEKER).isIn(statuses).outcome());
        assertEquals(Outcome.NOT_MET, new Answer<>("residence.status", ResidenceStatus.RECOGNIZED_REFUGEE).isIn(statuses).outcome());
        Tri absent = new Answer<ResidenceStatus>("residence.status", null).isIn(statuses);
        assertEquals(Outcome.UNKNOWN, absent.outcome());
        assertEquals(List.of("residence.status"), absent.missing());
        ValueList<String> countries = REFS.list("COUNTRIES", LocalDate.of(2024, 1, 1));
        assertEquals(Outcome.MET, new AnswerList<>("nationalities", List.of("MX", "HN")).containsAnyOf(countries).outcome());
        assertEquals(Outcome.NOT_MET, new AnswerList<>("nationalities", List.of()).containsAnyOf(countries).outcome());
        assertEquals(Outcome.UNKNOWN, new AnswerList<String>("nationalities", null).containsAnyOf(countries).outcome());
    }

    @Test
    void aListKeepsTheTablesOrderForTheReasonsThatNameIt() {
        // El Salvador, Guatemala, Honduras as the table lists them (MessagesTest: the words of a list)
        assertEquals(List.of("SV", "GT", "HN"), List.copyOf(REFS.list("COUNTRIES", LocalDate.of(2024, 1, 1)).values()));
    }

    @Test
    void aListOfAnotherKindFailsLoudlyNamingTheListNotTheAnswer() {
        ValueList<Object> statuses = REFS.list("STATUSES", LocalDate.of(2024, 1, 1));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Answer<Object>("usRelatives[0].status", RelativeStatus.LPR).isIn(statuses));
        assertEquals("the list STATUSES in reference/policy-values.csv holds ResidenceStatus values; a rule compares it "
                + "with a RelativeStatus answer", e.getMessage());
    }

    @Test
    void aNameTheTableLacksOrOfAnotherKindFailsLoudly() {
        assertEquals("reference/policy-values.csv has no value named AGES",
                assertThrows(IllegalStateException.class, () -> REFS.number("AGES", LocalDate.of(2024, 1, 1))).getMessage());
        assertEquals("reference/policy-values.csv: CUTOFF holds date values, but a rule reads it as a number",
                assertThrows(IllegalStateException.class, () -> REFS.number("CUTOFF", LocalDate.of(2024, 1, 1))).getMessage());
    }

    @Test
    void programWindowsIncludeBothEnds() {
        assertFalse(REFS.programOpen("CENTRAL_AMERICAN_MINORS", LocalDate.of(2021, 3, 14)));
        assertTrue(REFS.programOpen("CENTRAL_AMERICAN_MINORS", LocalDate.of(2021, 3, 15)));
        assertTrue(REFS.programOpen("CENTRAL_AMERICAN_MINORS", LocalDate.of(2025, 1, 26)));
        assertFalse(REFS.programOpen("CENTRAL_AMERICAN_MINORS", LocalDate.of(2025, 1, 27)));
        assertTrue(REFS.programOpen("REFUGEE_RESETTLEMENT", LocalDate.of(1980, 1, 1)));
        assertFalse(REFS.programOpen("H1B", LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalStateException.class, () -> REFS.programWindow("H1B"));
    }

    @Test
    void aValueMustBeOfItsKind() {
        assertThrows(IllegalArgumentException.class, () -> row("AGE", PolicyValueKind.NUMBER, "18", MIN, MAX));
        assertEquals("value is not a whole number",
                assertThrows(IllegalArgumentException.class, () -> PolicyValueKind.NUMBER.parse("18.5")).getMessage());
        assertEquals(ResidenceStatus.IRREGULAR, PolicyValueKind.RESIDENCE_STATUS.parse("IRREGULAR"));
    }
}
