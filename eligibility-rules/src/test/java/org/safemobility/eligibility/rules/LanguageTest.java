package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.UnsupportedLanguageException;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** Reports in a language: the same decisions, worded in the asked language, which the report states. */
class LanguageTest {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    static Applicant example(String name) throws IOException {
        try (InputStream in = LanguageTest.class.getResourceAsStream("/contract-examples/" + name + ".applicant.json")) {
            return EligibilityJson.readApplicant(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theBundledRulesSpeakEnglishAndSpanish() {
        assertEquals(Set.of(Locale.ENGLISH, SPANISH), TestEngine.get().languages());
    }

    @Test
    void aSpanishReportDecidesAsTheEnglishOneAndStatesItsLanguage() throws IOException {
        Applicant nicaraguan = example("04-nicaraguan-in-costa-rica-partial-answers");
        EligibilityReport en = TestEngine.checked(TestEngine.get().evaluate(nicaraguan, null));
        EligibilityReport es = TestEngine.checked(TestEngine.get().evaluate(nicaraguan, null, SPANISH));

        assertEquals("en", en.language());
        assertEquals("es", es.language());
        assertEquals(en.access().status(), es.access().status());
        assertEquals(decisions(en.access().criteria()), decisions(es.access().criteria()));
        for (int i = 0; i < en.pathways().size(); i++) {
            PathwayResult a = en.pathways().get(i);
            PathwayResult b = es.pathways().get(i);
            assertEquals(a.status(), b.status());
            assertEquals(decisions(a.criteria()), decisions(b.criteria()));
        }
        assertEquals(en.missingInformation().stream().map(m -> m.field() + m.pathways()).toList(),
                es.missingInformation().stream().map(m -> m.field() + m.pathways()).toList());
    }

    /** Everything but the words: the criterion, outcome, citation, rule and missing paths. */
    private static List<String> decisions(List<CriterionResult> criteria) {
        return criteria.stream().map(c -> c.id() + " " + c.outcome() + " " + c.citation() + " " + c.rule() + " "
                + c.missing()).toList();
    }

    @Test
    void theNicaraguanInCostaRicaReadsInSpanishWithDatesAndCountriesInSpanishWords() throws IOException {
        // Example 4: a Nicaraguan asylum seeker in Costa Rica, 2023-08-15, arrived 2022-10-03 (cutoff
        // 2023-06-12); the Costa Rica office serves Nicaraguans and Venezuelans (policy section 2).
        EligibilityReport es = TestEngine.get().evaluate(example("04-nicaraguan-in-costa-rica-partial-answers"), null,
                SPANISH);

        assertEquals("La persona solicitante llegó a Costa Rica el 3 de octubre de 2022, a más tardar en la fecha "
                + "límite (12 de junio de 2023).", reason(es.access().criteria(), "ACC-ARRIVAL-CUTOFF"));
        assertEquals("La nacionalidad de la persona solicitante (Nicaragua) es una de las que atiende la oficina de "
                + "Costa Rica (Nicaragua o Venezuela).", reason(es.access().criteria(), "ACC-NATIONALITY"));
        assertTrue(es.missingInformation().stream().allMatch(m -> m.question() != null && m.question().endsWith("?")
                || m.question().endsWith(")")), es.missingInformation().toString());
    }

    private static String reason(List<CriterionResult> criteria, String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().reason();
    }

    @Test
    void aRegionalVariantReadsAsItsLanguage() throws IOException {
        EligibilityReport report = TestEngine.get().evaluate(example("04-nicaraguan-in-costa-rica-partial-answers"),
                null, Locale.forLanguageTag("es-CR"));

        assertEquals("es", report.language());
    }

    @Test
    void aLanguageTheRulesDoNotSpeakIsAClearErrorNotEnglish() throws IOException {
        Applicant applicant = example("01-guatemalan-political-refugee");

        UnsupportedLanguageException e = assertThrows(UnsupportedLanguageException.class,
                () -> TestEngine.get().evaluate(applicant, null, Locale.FRENCH));
        assertEquals("fr", e.language());
        assertEquals(List.of("en", "es"), e.supported());
        assertTrue(e.getMessage().contains("'fr'") && e.getMessage().contains("en, es"), e.getMessage());
    }
}
