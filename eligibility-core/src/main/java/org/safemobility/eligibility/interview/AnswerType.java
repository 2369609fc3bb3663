package org.safemobility.eligibility.interview;

import java.util.Locale;

/**
 * What kind of answer a {@link Question} takes, as the applicant contract types the field it
 * fills. In JSON each is its lowercase name ({@code date}, {@code countries}, ...).
 */
public enum AnswerType {
    /** An ISO date, {@code YYYY-MM-DD}. */
    DATE,
    /** A list of dates, possibly empty. */
    DATES,
    /** Yes or no. */
    BOOLEAN,
    /** A whole number, zero or more. */
    INTEGER,
    /** An ISO 3166 alpha-2 country code; name the countries with the JDK's locale data. */
    COUNTRY,
    /** A list of country codes, possibly empty. */
    COUNTRIES,
    /** One of the question's options. */
    ENUM,
    /** A list of the question's options, possibly empty. */
    ENUMS,
    /**
     * A list of entries (relatives, job offers), possibly empty; when the question has options
     * they are the choices for each entry's one required field. The entries' other fields are
     * asked afterwards, each as a question of its own.
     */
    LIST;

    /**
     * The JSON name of this type, as questions carry it.
     *
     * @return the name in lower case, for example {@code countries}
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
