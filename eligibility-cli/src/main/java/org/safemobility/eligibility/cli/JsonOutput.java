package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.internal.QuestionsJson;
import org.safemobility.eligibility.internal.ReportJson;
import org.safemobility.eligibility.internal.SummaryFormat;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Writes reports and error objects to standard output: either one document (an object or an
 * array, compact or pretty, ending in a newline) or JSON Lines (one compact object per line).
 * Closing it flushes but leaves the stream open.
 */
final class JsonOutput implements Closeable {

    private final JsonGenerator g;
    private final boolean lines;

    private JsonOutput(OutputStream out, boolean pretty, boolean lines) throws IOException {
        this.g = Json.factory().createGenerator(out, JsonEncoding.UTF8);
        this.g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // a run that fails half-way leaves visibly unfinished JSON, never a complete-looking array
        this.g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        this.g.setRootValueSeparator(null);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        this.lines = lines;
    }

    /** One JSON document: a single value or an array, then a newline. */
    static JsonOutput document(OutputStream out, boolean pretty) throws IOException {
        return new JsonOutput(out, pretty, false);
    }

    /** JSON Lines: every value compact on its own line. */
    static JsonOutput lines(OutputStream out) throws IOException {
        return new JsonOutput(out, false, true);
    }

    void startArray() throws IOException {
        g.writeStartArray();
    }

    void endArray() throws IOException {
        g.writeEndArray();
    }

    void report(EligibilityReport report) throws IOException {
        ReportJson.write(g, report);
        endOfLine();
    }

    /**
     * A report, a summary or the next questions (in {@code language}), or the error object of an
     * invalid input or of one the rules failed on.
     */
    void result(BatchEvaluator.Result r, String language) throws IOException {
        if (r.invalid()) {
            error(r.entry().applicantId(), r.entry().violations());
        } else if (r.failure() != null) {
            error(r.entry().applicantId(), List.of(r.failure().violation()));
        } else if (r.summary() != null) {
            SummaryFormat.writeJson(g, r.summary());
            endOfLine();
        } else if (r.questions() != null) {
            QuestionsJson.write(g, r.entry().applicantId(), language, r.questions());
            endOfLine();
        } else {
            report(r.report());
        }
    }


    /** {@code {"applicantId": id or null, "errors": [{"field", "code", "message"}, ...]}}. */
    void error(String applicantId, List<Violation> violations) throws IOException {
        QuestionsJson.writeErrors(g, applicantId, violations);
        endOfLine();
    }

    void flush() throws IOException {
        g.flush();
    }

    /** Ends a document with a newline and flushes. */
    @Override
    public void close() throws IOException {
        if (!lines && g.getOutputContext().inRoot() && g.getOutputContext().getEntryCount() > 0) {
            g.writeRaw('\n');
        }
        g.close();
    }

    private void endOfLine() throws IOException {
        if (lines) {
            g.writeRaw('\n');
        }
    }
}
