package org.safemobility.eligibility.examples.service;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The JSON API. {@code POST /api/screenings}: an applicant (with optional {@code lang} and
 * {@code asOf}) gives its report. {@code POST /api/questions}: an applicant's answers so far and
 * the fields declined give the next questions, best first. A bad request is a 4xx with the
 * violations by field path and code, never with values.
 */
final class ApiHandlers {

    /** Bytes a request body may have: one applicant's JSON at the library's limit (256 KiB) and the envelope. */
    static final long MAX_BODY = 300 * 1024;

    /** Bytes of an oversized body read and dropped before answering 413 (a larger one is cut off at once). */
    private static final long DRAIN_LIMIT = 4 * 1024 * 1024;

    private final EligibilityEngine engine;
    private final Languages languages;

    ApiHandlers(EligibilityEngine engine, Languages languages) {
        this.engine = engine;
        this.languages = languages;
    }

    void screenings(Context ctx) {
        ApiRequest request = read(ctx, false);
        if (request != null) {
            EligibilityReport report = engine.evaluate(request.applicant(), request.asOf(), request.language());
            ctx.contentType("application/json").result(EligibilityJson.writeReport(report));
        }
    }

    void questions(Context ctx) {
        ApiRequest request = read(ctx, true);
        if (request != null) {
            List<Question> questions = engine.questions(request.applicant(), request.declined(), request.asOf(), request.language());
            ctx.contentType("application/json")
                    .result(EligibilityJson.writeQuestions(request.applicant().id(), request.language(), questions));
        }
    }

    /** The request, or {@code null} after answering 4xx with its violations. */
    private ApiRequest read(Context ctx, boolean withDeclined) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            reject(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null,
                    new Violation("", "unsupported-media-type", "Send the request as application/json."));
            return null;
        }
        if (ctx.contentLength() > MAX_BODY) { // a body without a length is cut off by Javalin's maxRequestSize
            if (ctx.contentLength() <= DRAIN_LIMIT) {
                drain(ctx);
            }
            reject(ctx, HttpStatus.CONTENT_TOO_LARGE, null,
                    new Violation("", Codes.TOO_LARGE, "A request body is at most " + MAX_BODY + " bytes."));
            return null;
        }
        String body;
        try {
            body = ctx.body();
        } catch (io.javalin.http.HttpResponseException e) { // a body sent without a length, cut off at the limit
            drain(ctx);
            reject(ctx, HttpStatus.CONTENT_TOO_LARGE, null,
                    new Violation("", Codes.TOO_LARGE, "A request body is at most " + MAX_BODY + " bytes."));
            return null;
        }
        try {
            return ApiRequest.read(body, withDeclined, languages);
        } catch (ApiRequest.Rejected e) {
            HttpStatus status = e.violations().stream().anyMatch(v -> v.code().equals(Codes.TOO_LARGE))
                    ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            ctx.status(status).contentType("application/json").result(EligibilityJson.writeErrors(e.applicantId(), e.violations()));
            return null;
        }
    }

    /**
     * Reads and drops what is left of an oversized body, up to {@link #DRAIN_LIMIT} bytes: closing
     * with a body still arriving makes TCP reset the connection, and the client may lose the 413.
     */
    private static void drain(Context ctx) {
        try (java.io.InputStream rest = ctx.req().getInputStream()) {
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n; read < DRAIN_LIMIT && (n = rest.read(buffer)) != -1; ) {
                read += n;
            }
        } catch (java.io.IOException e) {
            // the client went away: nothing left to answer
        }
    }

    private static void reject(Context ctx, HttpStatus status, String applicantId, Violation v) {
        ctx.status(status).contentType("application/json").result(EligibilityJson.writeErrors(applicantId, List.of(v)));
    }
}
