package org.safemobility.eligibility.examples.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The page's languages: those the engine's rule set words its reports in (English and Spanish for
 * the bundled rules). A request picks one with {@code lang}, else with its {@code Accept-Language}
 * header, else English.
 */
final class Languages {

    private final Set<String> codes;

    Languages(Set<Locale> engineLanguages) {
        Set<String> out = new TreeSet<>();
        for (Locale l : engineLanguages) {
            out.add(l.getLanguage());
        }
        this.codes = Set.copyOf(out);
    }

    /** The languages offered, as ISO 639 codes in alphabetical order. */
    List<String> codes() {
        return codes.stream().sorted().toList();
    }

    boolean supports(String code) {
        return code != null && codes.contains(code);
    }

    /** The {@code lang} parameter when supported, else the best of {@code Accept-Language}, else English. */
    Locale choose(String lang, String acceptLanguage) {
        if (supports(lang)) {
            return Locale.forLanguageTag(lang);
        }
        if (acceptLanguage != null) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange r : ranges) { // ranges come sorted by weight, best first
                    String code = Locale.forLanguageTag(r.getRange()).getLanguage();
                    if (codes.contains(code)) {
                        return Locale.forLanguageTag(code);
                    }
                }
            } catch (IllegalArgumentException malformedHeader) {
                // a malformed header is no preference: fall through to English
            }
        }
        return Locale.ENGLISH;
    }
}
