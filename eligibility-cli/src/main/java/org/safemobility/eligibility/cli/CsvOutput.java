package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.SummaryFormat;

/**
 * Writes screening summaries as CSV ({@code evaluate --format csv}): the header, then one row per
 * input in input order, CRLF line ends (RFC 4180). The columns are {@link SummaryFormat}'s: a
 * screened applicant fills the statuses and missing fields; an invalid one, or one the rules failed
 * on, has its id (empty when it has no valid one) and its errors as {@code field:code}.
 */
final class CsvOutput {

    private static final String LINE_END = "\r\n";

    private CsvOutput() {
    }

    static void header(Writer out) throws IOException {
        out.write(SummaryFormat.csvHeader());
        out.write(LINE_END);
    }

    /** One row: a summary, or the errors of an input that has none. */
    static void result(Writer out, BatchEvaluator.Result r) throws IOException {
        if (r.invalid()) {
            out.write(SummaryFormat.csvErrorRow(r.entry().applicantId(), r.entry().violations()));
        } else if (r.failure() != null) {
            out.write(SummaryFormat.csvErrorRow(r.entry().applicantId(), List.of(r.failure().violation())));
        } else {
            out.write(SummaryFormat.csvRow(r.summary()));
        }
        out.write(LINE_END);
    }

    /** The row of a document that could not be read at all: no id, its one error. */
    static void documentError(Writer out, Violation violation) throws IOException {
        out.write(SummaryFormat.csvErrorRow(null, List.of(violation)));
        out.write(LINE_END);
    }
}
