package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.interview.AnswerType;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/** The interview's questions for answers so far, with expectations read off the policy. */
class InterviewTest {

    private static final LocalDate AUGUST_2023 = LocalDate.of(2023, 8, 15);
    private static final List<String> ALL = List.of("ACCESS", "REFUGEE_RESETTLEMENT", "FAMILY_REUNIFICATION_PAROLE",
            "CENTRAL_AMERICAN_MINORS", "H1B", "H2A", "H2B");

    private static List<Question> questions(String json, Set<String> declined, Locale language) {
        Applicant answers = EligibilityJson.readApplicant(json);
        return TestEngine.get().questions(answers, declined, AUGUST_2023, language);
    }

    private static List<String> fields(List<Question> questions) {
        return questions.stream().map(Question::field).toList();
    }

    @Test
    void withNothingAnsweredAccessComesFirstBecauseItGatesEveryPathway() {
        // Costa Rica office: access needs age, residence, nationality, arrival and status (policy section 2)
        List<Question> qs = questions("{\"id\":\"i-1\",\"office\":\"CR\"}", Set.of(), Locale.ENGLISH);

        List<String> accessFields = List.of("dateOfBirth", "nationalities", "residence.country",
                "residence.arrivalDate", "residence.status");
        assertEquals(Set.copyOf(accessFields), Set.copyOf(fields(qs).subList(0, 5)), fields(qs).toString());
        Question birth = qs.stream().filter(q -> q.field().equals("dateOfBirth")).findFirst().orElseThrow();
        assertEquals(ALL, birth.scopes());
        assertEquals(AnswerType.DATE, birth.type());
        assertEquals("What is your date of birth?", birth.text());
        // no question twice
        assertEquals(fields(qs).size(), Set.copyOf(fields(qs)).size());
    }

    @Test
    void aDeclinedFieldIsNeverAskedAgain() {
        List<Question> qs = questions("{\"id\":\"i-1\",\"office\":\"CR\"}", Set.of("dateOfBirth", "nationalities"),
                Locale.ENGLISH);

        assertFalse(fields(qs).contains("dateOfBirth"));
        assertFalse(fields(qs).contains("nationalities"));
        assertTrue(fields(qs).contains("residence.country"));
    }

    @Test
    void whenAccessIsNotEligibleNothingLeftCanChangeAStatus() {
        // a 15-year-old registering alone: ACC-AGE NOT_MET ends access and, through SMO-ACCESS, every pathway
        List<Question> qs = questions("{\"id\":\"i-1\",\"office\":\"CR\",\"dateOfBirth\":\"2008-01-01\"}", Set.of(),
                Locale.ENGLISH);

        assertEquals(List.of(), qs);
    }

    @Test
    void relativesAreAskedAsAListWithEachEntrysRelationshipThenEntryByEntry() {
        String eligibleAccess = "{\"id\":\"i-2\",\"office\":\"CR\",\"dateOfBirth\":\"1990-01-01\",\"nationalities\":[\"NI\"],"
                + "\"residence\":{\"country\":\"CR\",\"status\":\"ASYLUM_SEEKER\",\"arrivalDate\":\"2022-10-03\"}";
        Question list = questions(eligibleAccess + "}", Set.of(), Locale.ENGLISH).stream()
                .filter(q -> q.field().equals("usRelatives")).findFirst().orElseThrow();
        assertEquals(AnswerType.LIST, list.type());
        assertTrue(list.options().contains(new Option("PARENT", "parent")), list.options().toString());
        // FRP's petition reads usRelatives; so does CAM's qualifying parent, but at 33 CAM-AGE (under 21)
        // has already ended CAM, so the answer can change FRP only
        assertEquals(List.of("FAMILY_REUNIFICATION_PAROLE"), list.scopes());

        assertEquals(List.of("relationship", "i130"), list.entries());

        // a brother who filed a Form I-130 for the applicant: a petition whose answers come next
        List<Question> after = questions(eligibleAccess + ",\"usRelatives\":[{\"relationship\":\"SIBLING\",\"i130\":{}}]}",
                Set.of(), Locale.forLanguageTag("es"));
        assertFalse(fields(after).contains("usRelatives"));
        Question i130 = after.stream().filter(q -> q.field().equals("usRelatives[0].i130.status")).findFirst()
                .orElseThrow(() -> new AssertionError(fields(after).toString()));
        assertTrue(i130.text().startsWith("Familiar 1"), i130.text());
        assertEquals(List.of("FAMILY_REUNIFICATION_PAROLE"), i130.scopes());
        assertTrue(i130.options().contains(new Option("APPROVED", "aprobado")), i130.options().toString());
    }

    @Test
    void aRelativeWithoutAFormI130IsNoPetitionSoNothingAboutThemIsAskedForFrp() {
        // policy section 4: a petition is an entry of usRelatives that has an i130; a sibling without one
        // leaves FRP with no petition (NOT_ELIGIBLE), and a sibling is no CAM parent
        List<Question> qs = questions("{\"id\":\"i-3\",\"office\":\"CR\",\"dateOfBirth\":\"1990-01-01\","
                + "\"nationalities\":[\"NI\"],\"residence\":{\"country\":\"CR\",\"status\":\"ASYLUM_SEEKER\","
                + "\"arrivalDate\":\"2022-10-03\"},\"usRelatives\":[{\"relationship\":\"SIBLING\"}]}", Set.of(), Locale.ENGLISH);

        assertTrue(qs.stream().noneMatch(q -> q.field().startsWith("usRelatives")), fields(qs).toString());
        assertTrue(qs.stream().noneMatch(q -> q.scopes().contains("FAMILY_REUNIFICATION_PAROLE")), fields(qs).toString());
    }

    @Test
    void yesNoQuestionsOfferYesAndNoInTheAskedLanguage() {
        Question q = questions("{\"id\":\"i-1\",\"office\":\"CR\"}", Set.of(), Locale.forLanguageTag("es")).stream()
                .filter(x -> x.type() == AnswerType.BOOLEAN).findFirst().orElseThrow();

        assertEquals(List.of(new Option(true, "sí"), new Option(false, "no")), q.options());
    }
}
