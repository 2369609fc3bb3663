package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * No English in a Spanish report: every reason, note and question of a Spanish report, for any
 * applicant, holds no word that only the English catalog uses. Field paths (usRelatives[0].status)
 * and IDs are the contract's and are left out; citations are not checked (they stay as published).
 */
@PropertyDefaults(tries = 300)
class SpanishReportProperties implements BundledRules {

    private static final String CATALOGS = "/META-INF/safemobility-ruleset/messages/";
    /** A field path or an ID: letters with dots or brackets inside, or upper case with digits and dashes. */
    private static final Pattern PATH_OR_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[\\d+])?(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d+])?)+|[A-Z0-9]+(-[A-Z0-9]+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']+");
    private static final Set<String> ENGLISH_ONLY = englishOnly();

    @Property
    void everyReasonNoteAndQuestionOfASpanishReportIsInSpanish(@ForAll("testkitApplicants") Applicant applicant) {
        EligibilityReport report = TestEngine.checked(engine().evaluate(applicant, null, LanguageTest.SPANISH));
        List<String> english = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        report.access().criteria().forEach(c -> texts.add(c.reason()));
        for (PathwayResult p : report.pathways()) {
            p.criteria().stream().map(CriterionResult::reason).forEach(texts::add);
            texts.addAll(p.notes());
        }
        report.missingInformation().stream().map(MissingInformation::question).forEach(texts::add);
        for (String text : texts) {
            for (String word : words(text)) {
                if (ENGLISH_ONLY.contains(word)) {
                    english.add(word + " in: " + text);
                }
            }
        }
        assertEquals(List.of(), english);
    }

    @Property(tries = 50)
    void theEnglishOnlyWordsAreFoundInEnglishReports(@ForAll("testkitApplicants") Applicant applicant) {
        // the check above can fail: the same words are there in every English report
        EligibilityReport report = engine().evaluate(applicant, null, Locale.ENGLISH);
        boolean found = report.access().criteria().stream()
                .anyMatch(c -> words(c.reason()).stream().anyMatch(ENGLISH_ONLY::contains));
        assertEquals(true, found, report.access().criteria().toString());
    }

    private static List<String> words(String text) {
        String bare = PATH_OR_ID.matcher(text).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(bare);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * Words of the English catalog's texts, English month names and English country names that
     * the Spanish catalog, month names and country names never use.
     */
    private static Set<String> englishOnly() {
        Set<String> english = new HashSet<>(catalogWords("en"));
        Set<String> spanish = new HashSet<>(catalogWords("es"));
        for (java.time.Month m : java.time.Month.values()) {
            english.addAll(words(m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)));
            spanish.addAll(words(m.getDisplayName(java.time.format.TextStyle.FULL, LanguageTest.SPANISH)));
        }
        for (String code : Locale.getISOCountries()) {
            english.addAll(words(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
            spanish.addAll(words(new Locale("", code).getDisplayCountry(LanguageTest.SPANISH)));
        }
        english.removeAll(spanish);
        return english;
    }

    private static List<String> catalogWords(String language) {
        try (InputStream in = SpanishReportProperties.class.getResourceAsStream(CATALOGS + language + ".properties")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    out.addAll(words(line.substring(eq + 1).replaceAll("\\{[A-Za-z]+}", " ")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
