package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.facts.AnswerList;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.Reason;
import org.safemobility.eligibility.facts.RuleLabel;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.facts.Tri;
import org.safemobility.eligibility.facts.ValueList;
import org.safemobility.eligibility.facts.Verdicts;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.ResidenceStatus;

class MessagesTest {

    private static final Screening CR = new Screening(
            new Applicant("a-1", Office.CR, null, null, null, null, null, null, null, null, null, null),
            LocalDate.of(2023, 8, 15));
    private static final RuleLabel ARRIVAL = new RuleLabel("ACC-ARRIVAL-CUTOFF", "c", "ACC-ARRIVAL-CUTOFF");

    private static Messages catalog(String language, String text) {
        return Messages.of(MessageFile.parse(language, text));
    }

    @Test
    void aReasonNamesItsFactsInTheLanguagesLongDateFormAndTheOfficeAsItsCountry() {
        Messages es = catalog("es", """
                reason.ACC-ARRIVAL-CUTOFF.NOT_MET = Llegó a {office} el {arrival}, después del {cutoff}.
                """);
        Messages en = catalog("en", """
                reason.ACC-ARRIVAL-CUTOFF.NOT_MET = Arrived in {office} on {arrival}, after {cutoff}.
                """);
        Conclusion c = Verdicts.conclusion(CR, ARRIVAL, Tri.notMet(),
                Reason.of("arrival", LocalDate.of(2023, 7, 1)).and("cutoff", LocalDate.of(2023, 6, 12)));

        assertEquals("Llegó a Costa Rica el 1 de julio de 2023, después del 12 de junio de 2023.", es.reason(c));
        assertEquals("Arrived in Costa Rica on July 1, 2023, after June 12, 2023.", en.reason(c));
    }

    @Test
    void aPolicyListJoinsWithOrAndTheApplicantsOwnListWithAnd() {
        Messages es = catalog("es", """
                reason.X.MET = {mine} / {policy} / {status}
                list.or = o
                list.and = y
                value.ResidenceStatus.ASYLUM_SEEKER = solicitante de asilo
                value.none = ninguna
                """);
        Conclusion c = Verdicts.conclusion(CR, new RuleLabel("X", "c", "X"), Tri.met(),
                Reason.of("mine", new AnswerList<>("nationalities", List.of("NI", "VE", "HN")))
                        .and("policy", new ValueList<>("L", String.class, new java.util.LinkedHashSet<>(List.of("NI", "VE"))))
                        .and("status", ResidenceStatus.ASYLUM_SEEKER));

        // the applicant's list in its codes' order, the policy's in table order
        assertEquals("Honduras, Nicaragua y Venezuela / Nicaragua o Venezuela / solicitante de asilo", es.reason(c));
    }

    @Test
    void theOrderAnApplicantGaveTheirListInChangesNoWord() {
        Messages en = catalog("en", "reason.X.MET = {mine}.\nlist.and = and\n");
        RuleLabel x = new RuleLabel("X", "c", "X");
        String one = en.reason(Verdicts.conclusion(CR, x, Tri.met(),
                Reason.of("mine", new AnswerList<>("nationalities", List.of("SV", "GT")))));
        String other = en.reason(Verdicts.conclusion(CR, x, Tri.met(),
                Reason.of("mine", new AnswerList<>("nationalities", List.of("GT", "SV")))));

        assertEquals("Guatemala and El Salvador.", one);
        assertEquals(one, other);
    }

    @Test
    void anAnswerNotGivenReadsAsTheCatalogsNone() {
        Messages en = catalog("en", """
                reason.X.NOT_MET = Nationality ({mine}).
                value.none = none
                """);
        Conclusion c = Verdicts.conclusion(CR, new RuleLabel("X", "c", "X"), Tri.notMet(),
                Reason.of("mine", new AnswerList<>("nationalities", null)));

        assertEquals("Nationality (none).", en.reason(c));
    }

    @Test
    void unknownWithNothingMissingReadsAsUndecidedWhenTheCatalogHasItAndUnknownNamesTheMissingPaths() {
        Messages en = catalog("en", """
                reason.X.UNKNOWN = No answer for {missing}.
                reason.X.UNDECIDED = Still pending.
                """);
        RuleLabel x = new RuleLabel("X", "c", "X");

        assertEquals("Still pending.", en.reason(Verdicts.conclusion(CR, x, Tri.undecidable(), Reason.none())));
        assertEquals("No answer for dateOfBirth, nationalities.",
                en.reason(Verdicts.conclusion(CR, x, Tri.unknown("dateOfBirth", "nationalities"), Reason.none())));
    }

    @Test
    void aRulesVariantReadsItsOwnKey() {
        Messages en = catalog("en", """
                reason.ACC-HOST-STATUS.CR.MET = Costa Rica words.
                reason.ACC-HOST-STATUS.MET = General words.
                """);
        Conclusion c = Verdicts.conclusion(CR, new RuleLabel("ACC-HOST-STATUS", "c", "ACC-HOST-STATUS (CR)",
                "ACC-HOST-STATUS.CR"), Tri.met(), Reason.none());

        assertEquals("Costa Rica words.", en.reason(c));
    }

    @Test
    void aPlaceholderTheRuleDoesNotGiveIsAnErrorNamingTheKeyNotASilentGap() {
        Messages en = catalog("en", "reason.X.MET = Aged {age}.\n");
        Conclusion c = Verdicts.conclusion(CR, new RuleLabel("X", "c", "X"), Tri.met(), Reason.none());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> en.reason(c));
        assertTrue(e.getMessage().contains("reason.X.MET") && e.getMessage().contains("{age}"), e.getMessage());
    }

    @Test
    void aQuestionAboutAListEntryNumbersTheEntryFromOne() {
        Messages en = catalog("en", "question.usRelatives[].status = Relative {number}: status?\n");

        assertEquals("Relative 3: status?", en.question("usRelatives[2].status"));
    }

    @Test
    void everyCatalogMustWordEachOutcomeOfEachReasonKeyEveryQuestionAndEveryModelValue() {
        Set<String> keys = Messages.requiredKeys(List.of("ACC-AGE"));

        assertTrue(keys.containsAll(List.of("reason.ACC-AGE.MET", "reason.ACC-AGE.NOT_MET", "reason.ACC-AGE.UNKNOWN",
                "question.dateOfBirth", "question.usRelatives", "question.usRelatives[].i130.status",
                "value.ResidenceStatus.ASYLUM_SEEKER", "value.Relationship.PARENT", "candidate.NO_PETITION",
                "note.OFFERS", "list.or", "list.and")), keys.toString());
        // given, never asked
        assertTrue(!keys.contains("question.id") && !keys.contains("question.office")
                && !keys.contains("question.applicationDate") && !keys.contains("question.usRelatives[].relationship"));
        List<String> problems = Messages.problems("messages/fr.properties",
                MessageFile.parse("fr", "reason.ACC-AGE.MET = x\nnot a message\n"), List.of("ACC-AGE"));
        assertTrue(problems.contains("messages/fr.properties:2: message-syntax: not a 'key = text' line"), problems.toString());
        assertTrue(problems.contains("messages/fr.properties:0: missing-message: no 'reason.ACC-AGE.NOT_MET'"), problems.toString());
    }
}
