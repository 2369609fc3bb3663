package org.safemobility.eligibility.examples.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page's own words (headings, buttons, status names) in one language, from
 * {@code texts.properties} and {@code texts_es.properties}. Questions, options, reasons and
 * citations are not here: the library gives them in the asked language.
 */
final class Texts {

    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: English is the base bundle
        this.bundle = ResourceBundle.getBundle("org.safemobility.eligibility.examples.service.texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key}, with {@code args} put in its {@code {0}} places when given. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** A country's name in this language, from the JDK's locale data. */
    String country(String code) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
