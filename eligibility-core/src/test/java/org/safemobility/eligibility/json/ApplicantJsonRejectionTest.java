package org.safemobility.eligibility.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;

/** Strict reading of applicant JSON: each rejection names the field path and a code, never the value. */
class ApplicantJsonRejectionTest {

    private static final String VALID = """
            {"id":"t-1","office":"GT","applicationDate":"2023-09-04","dateOfBirth":"1988-11-20",
             "nationalities":["GT"],"residence":{"country":"GT","status":"CITIZEN"},
             "employment":{"education":"SECONDARY","experienceYears":4,"jobOffers":[{"kind":"AGRICULTURAL","durationMonths":6}]},
             "usRelatives":[{"relationship":"SIBLING","i130":{"status":"APPROVED","principalNationality":"GT"}}]}
            """;

    @Test
    void aValidApplicantIsRead() {
        Applicant a = EligibilityJson.readApplicant(VALID);
        assertEquals("t-1", a.id());
        assertEquals(Office.GT, a.office());
        assertEquals(List.of("GT"), a.nationalities());
        assertNull(a.protection(), "an absent object stays unknown");
        assertEquals(6, a.employment().jobOffers().get(0).durationMonths());
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(delimiter = '|', value = {
            // what                         | code                        | field                              | replace                                   | with
            "unknown top-level property     | unknown-property            | nickname                           | \"id\":\"t-1\"                             | \"id\":\"t-1\",\"nickname\":\"Q7MARKER\"",
            "unknown nested property        | unknown-property            | residence.city                     | \"status\":\"CITIZEN\"                     | \"status\":\"CITIZEN\",\"city\":\"Q7MARKER\"",
            "malformed date                 | malformed-date              | dateOfBirth                        | 1988-11-20                                | 1988-13-20",
            "impossible calendar date       | malformed-date              | dateOfBirth                        | 1988-11-20                                | 1988-02-30",
            "zero date                      | malformed-date              | applicationDate                    | 2023-09-04                                | 0000-00-00",
            "short date                     | malformed-date              | applicationDate                    | 2023-09-04                                | 2023-9-4",
            "unassigned country             | unassigned-country          | nationalities[0]                   | [\"GT\"]                                  | [\"XX\"]",
            "lower-case country             | lower-case-country          | residence.country                  | \"country\":\"GT\"                         | \"country\":\"gt\"",
            "three-letter country           | malformed-country           | usRelatives[0].i130.principalNationality | \"principalNationality\":\"GT\"      | \"principalNationality\":\"GTM\"",
            "born after application date    | born-after-evaluation-date  | dateOfBirth                        | 1988-11-20                                | 2023-09-05",
            "string for a number            | wrong-type                  | employment.experienceYears         | \"experienceYears\":4                      | \"experienceYears\":\"4\"",
            "fraction for a number          | wrong-type                  | employment.experienceYears         | \"experienceYears\":4                      | \"experienceYears\":4.5",
            "string for a list              | wrong-type                  | nationalities                      | [\"GT\"]                                  | \"GT\"",
            "null value                     | wrong-type                  | dateOfBirth                        | \"1988-11-20\"                            | null",
            "fraction a double rounds up    | wrong-type                  | employment.experienceYears         | \"experienceYears\":4                      | \"experienceYears\":10.999999999999999999",
            "fraction just above maximum    | wrong-type                  | employment.experienceYears         | \"experienceYears\":4                      | \"experienceYears\":80.00000000000000001",
            "fraction in a list item        | wrong-type                  | employment.jobOffers[0].durationMonths | \"durationMonths\":6                   | \"durationMonths\":6.0000000000000000001",
            "number above range             | out-of-range                | employment.experienceYears         | \"experienceYears\":4                      | \"experienceYears\":81",
            "number below range             | out-of-range                | employment.jobOffers[0].durationMonths | \"durationMonths\":6                   | \"durationMonths\":0",
            "huge number                    | out-of-range                | employment.experienceYears         | \"experienceYears\":4                      | \"experienceYears\":99999999999999",
            "value outside enumeration      | not-in-enum                 | office                             | \"office\":\"GT\"                          | \"office\":\"Q7MARKER\"",
            "lower-case enumeration value   | not-in-enum                 | residence.status                   | \"CITIZEN\"                               | \"citizen\"",
            "id with a space                | pattern                     | id                                 | \"t-1\"                                   | \"t 1 Q7MARKER\"",
            "missing id                     | required                    | id                                 | \"id\":\"t-1\",                            | ''",
            "missing relationship           | required                    | usRelatives[0].relationship        | \"relationship\":\"SIBLING\",              | ''",
            "duplicate nationality          | duplicate-item              | nationalities[1]                   | [\"GT\"]                                  | [\"GT\",\"GT\"]",
            "duplicate key                  | duplicate-key               | ''                                 | \"id\":\"t-1\"                             | \"id\":\"t-1\",\"id\":\"t-2\"",
            "not an object                  | wrong-type                  | ''                                 | ''                                        | ''",
    })
    void rejectsWithFieldPathAndCode(String what, String code, String field, String replace, String with) {
        String json = what.equals("not an object") ? "[1, 2]" : VALID.replace(replace, with);
        if (!what.equals("not an object")) {
            assertFalse(json.equals(VALID), "the fixture must change: " + what);
        }
        InvalidApplicantException e = assertThrows(InvalidApplicantException.class, () -> EligibilityJson.readApplicant(json));
        assertTrue(e.violations().contains(violationWith(e.violations(), field, code)),
                () -> what + ": expected " + code + " at '" + field + "' in " + e.violations());
        assertFalse(e.getMessage().contains("Q7MARKER"), "the message must not repeat input values");
        e.violations().forEach(v -> assertFalse(v.message().contains("Q7MARKER"), v.toString()));
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutQuotingTheInput() {
        InvalidApplicantException e = assertThrows(InvalidApplicantException.class,
                () -> EligibilityJson.readApplicant("{\n  \"id\": \"t-1\",\n  \"office\": Q7MARKER\n}"));
        Violation v = e.violations().get(0);
        assertEquals("malformed-json", v.code());
        assertTrue(v.message().contains("line 3"), v.message());
        assertTrue(v.message().contains("column"), v.message());
        assertFalse(v.message().contains("Q7MARKER"), v.message());
    }

    @Test
    void everyViolationIsListedAtOnce() {
        String json = VALID.replace("\"country\":\"GT\"", "\"country\":\"gt\"")
                .replace("\"experienceYears\":4", "\"experienceYears\":-1")
                .replace("\"id\":\"t-1\"", "\"id\":\"t-1\",\"extra\":1");
        InvalidApplicantException e = assertThrows(InvalidApplicantException.class, () -> EligibilityJson.readApplicant(json));
        assertEquals(List.of("extra unknown-property", "residence.country lower-case-country",
                        "employment.experienceYears out-of-range"),
                e.violations().stream().map(v -> v.field() + " " + v.code()).toList());
        assertEquals("t-1", e.applicantId(), "a valid id is kept so a batch can say which applicant failed");
    }

    private static Violation violationWith(List<Violation> violations, String field, String code) {
        return violations.stream().filter(v -> v.field().equals(field) && v.code().equals(code)).findFirst()
                .orElse(new Violation(field, code, "(absent)"));
    }
}
