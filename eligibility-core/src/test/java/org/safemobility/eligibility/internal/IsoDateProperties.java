package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written date reader accepts exactly what the contract's {@code YYYY-MM-DD} pattern and
 * {@link LocalDate#parse} together accept, and reads the same date.
 */
class IsoDateProperties {

    private static final Pattern SHAPE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    /** The reading the reader had before: the contract's pattern, then ISO parsing. */
    private static LocalDate reference(String s) {
        if (!SHAPE.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Property(tries = 3000)
    void readsWhatTheContractReadingReads(@ForAll("dateLike") String s) {
        assertEquals(reference(s), ApplicantReader.isoDate(s), s);
    }

    @Provide
    Arbitrary<String> dateLike() {
        // mostly well-shaped strings with digits that may overflow a month or day, some with a
        // stray character (a letter, a non-ASCII digit, a sign) at any place, some of other lengths
        Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789").ofLength(8)
                .map(d -> d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8));
        Arbitrary<String> spoiled = shaped.flatMap(s -> Arbitraries.integers().between(0, 9)
                .flatMap(i -> Arbitraries.of('x', '+', '/', ' ', '\u0663', '\uff11', '-', '0')
                        .map(c -> s.substring(0, i) + c + s.substring(i + 1))));
        Arbitrary<String> other = Arbitraries.strings().withChars("0123456789-+").ofMinLength(0).ofMaxLength(12);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, shaped), net.jqwik.api.Tuple.of(3, spoiled), net.jqwik.api.Tuple.of(1, other));
    }

    @Example
    void leapDaysAndImpossibleDays() {
        assertEquals(LocalDate.of(2024, 2, 29), ApplicantReader.isoDate("2024-02-29"));
        assertNull(ApplicantReader.isoDate("2023-02-29"));
        assertNull(ApplicantReader.isoDate("2023-13-01"));
        assertNull(ApplicantReader.isoDate("2023-00-10"));
        assertNull(ApplicantReader.isoDate("2023-1-010"));
        assertEquals(LocalDate.of(0, 1, 1), ApplicantReader.isoDate("0000-01-01"));
    }
}
