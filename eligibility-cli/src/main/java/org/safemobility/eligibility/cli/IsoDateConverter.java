package org.safemobility.eligibility.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO-8601 calendar date, {@code YYYY-MM-DD}, and nothing looser. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate convert(String value) {
        if (!SHAPE.matcher(value).matches()) {
            throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a calendar date");
        }
    }
}
