package org.safemobility.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.ApplicantValidator;
import org.safemobility.eligibility.internal.Limits;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.UsHistory;

/** The documented input limits hold at their edges, and oversized input is rejected as too-large. */
class InputLimitsTest {

    private static List<String> codes(InvalidApplicantException e) {
        return e.violations().stream().map(v -> v.field() + " " + v.code()).toList();
    }

    private static InvalidApplicantException rejected(String json) {
        return assertThrows(InvalidApplicantException.class, () -> EligibilityJson.readApplicant(json));
    }

    private static String applicant(String more) {
        return "{\"id\":\"t-1\",\"office\":\"GT\"" + more + "}";
    }

    private static String dates(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"" + LocalDate.of(2000, 1, 1).plusDays(i) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void aListOfTheLimitIsReadAndOneMoreIsTooLarge() {
        String at = applicant(",\"usHistory\":{\"irregularEntryDates\":" + dates(Limits.MAX_LIST_ITEMS) + "}");
        String over = applicant(",\"usHistory\":{\"irregularEntryDates\":" + dates(Limits.MAX_LIST_ITEMS + 1) + "}");

        assertEquals(Limits.MAX_LIST_ITEMS, EligibilityJson.readApplicant(at).usHistory().irregularEntryDates().size());
        assertEquals(List.of("usHistory.irregularEntryDates too-large"), codes(rejected(over)));
    }

    @Test
    void aHundredThousandItemListIsTooLarge() {
        String nationalities = String.join(",", Collections.nCopies(100_000, "\"GT\""));
        InvalidApplicantException e = rejected(applicant(",\"nationalities\":[" + nationalities + "]"));
        assertEquals(List.of("(document) too-large"), List.of("(document) " + e.violations().get(0).code()),
                "600,000 characters: over the document limit before any list is read");

        Applicant java = Applicant.builder("t-1", Office.GT).nationalities(Collections.nCopies(100_000, "gt")).build();
        assertEquals(List.of(new Violation("nationalities", "too-large", "nationalities holds more than 100 items.")),
                ApplicantValidator.validate(java, LocalDate.of(2024, 1, 1)),
                "built in Java: one violation, not one per item");
    }

    @Test
    void aDocumentOverTheLimitIsRejectedBeforeParsing() {
        String padding = " ".repeat(Limits.MAX_APPLICANT_CHARS - applicant("").length());
        assertEquals("t-1", EligibilityJson.readApplicant(applicant("") + padding).id());

        InvalidApplicantException e = rejected(applicant("") + padding + " ");
        assertEquals(List.of(" too-large"), codes(e));
        assertEquals("The input is longer than 262144 characters.", e.violations().get(0).message());
    }

    @Test
    void aTenMegabyteStringIsTooLargeAndNotRepeated() {
        String big = "Q7MARKER".repeat(10 * 1024 * 1024 / 8);
        InvalidApplicantException e = rejected(applicant(",\"maritalStatus\":\"" + big + "\""));
        assertEquals(" too-large", codes(e).get(0));
        assertFalse(e.getMessage().contains("Q7MARKER"));
    }

    @Test
    void stringsAreReadUpToTheLimit() {
        String at = "x".repeat(Limits.MAX_STRING_CHARS);
        // read in full, then rejected for what it is (no such status), not for its length
        assertEquals(List.of("maritalStatus not-in-enum"), codes(rejected(applicant(",\"maritalStatus\":\"" + at + "\""))));
        InvalidApplicantException over = rejected(applicant(",\"maritalStatus\":\"" + at + "x\""));
        assertEquals(List.of(" too-large"), codes(over));
        assertTrue(over.violations().get(0).message().startsWith("A string is longer than 4096 characters at line 1"),
                over.violations().get(0).message());
        InvalidApplicantException name = rejected(applicant(",\"" + at + "x\":1"));
        assertTrue(name.violations().get(0).message().startsWith("A property name is longer than 4096 characters"),
                name.violations().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 1_000, 100_000})
    void deepNestingIsTooLargeWithoutOverflowingTheStack(int depth) {
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        for (String json : List.of(arrays, objects, applicant(",\"usRelatives\":" + arrays))) {
            InvalidApplicantException e = rejected(json);
            assertEquals(List.of(" too-large"), codes(e));
            String message = e.violations().get(0).message();
            assertTrue(json.length() > Limits.MAX_APPLICANT_CHARS
                    ? message.equals("The input is longer than 262144 characters.")
                    : message.startsWith("The input nests arrays and objects deeper than 16 levels at line 1, column"), message);
        }
    }

    @Test
    void longNumbersAreTooLarge() {
        assertEquals(List.of(" too-large"), codes(rejected(applicant(",\"employment\":{\"experienceYears\":1" + "0".repeat(200) + "}"))));
        assertEquals(List.of("employment.experienceYears out-of-range"),
                codes(rejected(applicant(",\"employment\":{\"experienceYears\":1" + "0".repeat(50) + "}"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-00-00", "+999999999-12-31", "-999999999-01-01", "2023-02-29", "99999-01-01", "2023-1-01"})
    void impossibleDatesAreMalformed(String date) {
        assertEquals(List.of("dateOfBirth malformed-date"), codes(rejected(applicant(",\"dateOfBirth\":\"" + date + "\""))));
    }

    @Test
    void theExtremeDatesOfTheContractAreRead() {
        Applicant a = EligibilityJson.readApplicant(applicant(",\"dateOfBirth\":\"0000-01-01\",\"applicationDate\":\"9999-12-31\""));
        assertEquals(LocalDate.of(0, 1, 1), a.dateOfBirth());
        assertEquals(List.of(), ApplicantValidator.validate(a, null));
    }

    @Test
    void datesBeyondTheContractAreOutOfRangeForApplicantsBuiltInJava() {
        Applicant a = Applicant.builder("t-1", Office.GT).dateOfBirth(LocalDate.MIN)
                .usHistory(new UsHistory(null, List.of(LocalDate.MAX), null, null)).build();
        assertEquals(List.of("dateOfBirth out-of-range", "usHistory.irregularEntryDates[0] out-of-range"),
                ApplicantValidator.validate(a, LocalDate.of(2024, 1, 1)).stream().map(v -> v.field() + " " + v.code()).toList());
        assertEquals(List.of(" out-of-range"), ApplicantValidator.validate(Applicant.builder("t-1", Office.GT).build(),
                LocalDate.MAX).stream().map(v -> v.field() + " " + v.code()).toList());
    }

    @Test
    void anUnknownPropertyNameIsRepeatedOnlyWhenItIsAPlainIdentifier() {
        InvalidApplicantException e = rejected(applicant(",\"nickname\":1,\"x\\r\\nFORGED LOG LINE\":2,\"Q7 MARKER\":3"));
        assertEquals(List.of("nickname unknown-property", "<property> unknown-property"), codes(e),
                "the two unnamed ones are the same violation, listed once");
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
        assertFalse(e.getMessage().contains("MARKER"), e.getMessage());
    }

    @Test
    void controlCharactersInValuesAreRejectedWithoutBeingRepeated() {
        InvalidApplicantException e = rejected(applicant(",\"maritalStatus\":\"SINGLE\\u0000\\r\\nQ7MARKER\",\"nationalities\":[\"G\\tT\"]"));
        assertEquals(List.of("nationalities[0] malformed-country", "maritalStatus not-in-enum"), codes(e));
        assertFalse(e.getMessage().contains("Q7MARKER"));
        assertEquals(List.of(" malformed-json"), codes(rejected("{\"id\":\"t-1\u0000\",\"office\":\"GT\"}")),
                "an unescaped control character is not JSON");
    }

    @Test
    void manyViolationsAreCappedWithOneThatCountsTheRest() {
        String unknown = IntStream.range(0, 250).mapToObj(i -> "\"p" + i + "\":1").collect(Collectors.joining(","));
        InvalidApplicantException e = rejected(applicant("," + unknown));

        assertEquals(Limits.MAX_VIOLATIONS + 1, e.violations().size());
        Violation last = e.violations().get(Limits.MAX_VIOLATIONS);
        assertEquals("too-many-violations", last.code());
        assertEquals("150 more violations are not listed; the first 100 are.", last.message());
    }
}
