package org.safemobility.eligibility;

import java.util.Collection;
import java.util.List;

/**
 * A report or question was asked for in a language the rule set has no message catalog for. The
 * engine never falls back to another language silently: a service should choose one of
 * {@link EligibilityEngine#languages()}.
 */
public final class UnsupportedLanguageException extends EligibilityException {
    private static final long serialVersionUID = 1L;

    /** @serial the language asked for */
    private final String language;
    /** @serial the languages the rule set has */
    private final List<String> supported;

    /**
     * A language asked for that the rule set does not speak.
     *
     * @param language  the language asked for, as a BCP 47 tag
     * @param supported the languages the rule set has
     */
    public UnsupportedLanguageException(String language, Collection<String> supported) {
        super("language '" + language + "' is not supported by this rule set; it speaks "
                + String.join(", ", supported));
        this.language = language;
        this.supported = List.copyOf(supported);
    }

    /**
     * The language asked for.
     *
     * @return a BCP 47 tag
     */
    public String language() {
        return language;
    }

    /**
     * The languages the rule set has.
     *
     * @return ISO 639 codes
     */
    public List<String> supported() {
        return supported;
    }
}
