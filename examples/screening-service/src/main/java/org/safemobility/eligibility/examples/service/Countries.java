package org.safemobility.eligibility.examples.service;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ISO 3166 country codes with their names in one language, sorted by name as that language sorts. */
final class Countries {

    /** Country and name, per language: worked out once per language, then shared. */
    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    record Country(String code, String name) {
    }

    private Countries() {
    }

    static List<Country> in(Texts texts) {
        Locale locale = texts.locale();
        return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), l -> {
            Collator collator = Collator.getInstance(locale);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Country(code, texts.country(code)))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList();
        });
    }
}
