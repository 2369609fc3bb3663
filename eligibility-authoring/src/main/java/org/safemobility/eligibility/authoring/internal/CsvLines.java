package org.safemobility.eligibility.authoring.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.internal.CsvRecords;

/**
 * The records of a CSV text as the engine's reader ({@link CsvRecords}) tokenizes them, for the
 * impact diff, which is fenced off the engine's internals: one CSV reader, seen through this door.
 * Public only because the diff lives in another package: not an API.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvLines {

    /** One record: the line it starts on and its values, a blank line being one empty value. */
    public record Line(int line, List<String> fields) {

        /** A blank line: the engine reads it as a row without values. */
        public boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private CsvLines() {
    }

    /** Every record, read as far as the text goes; a defect the linter would refuse is read past. */
    public static List<Line> read(String text) {
        return CsvRecords.read(text).records().stream().map(r -> new Line(r.line(), r.fields())).toList();
    }
}
