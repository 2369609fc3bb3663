package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The interview in the browser: {@code GET /} shows the start page, every {@code POST /interview}
 * takes one answer (or "I don't know", or a language switch) and shows the next question, or the
 * result when no question left can change a status. It follows docs/interview.md: ask the first
 * question, put the answer into the applicant or add the field to {@code declined}, ask again.
 */
final class InterviewPage {

    private final EligibilityEngine engine;
    private final Languages languages;
    private final Clock clock;

    InterviewPage(EligibilityEngine engine, Languages languages, Clock clock) {
        this.engine = engine;
        this.languages = languages;
        this.clock = clock;
    }

    /** {@code GET /}: the start page, in the language asked for. */
    void start(Context ctx) {
        Texts texts = texts(ctx, ctx.queryParam("lang"));
        ctx.html(StartPage.render(texts, languages, LocalDate.now(clock), null));
    }

    /** {@code POST /interview}: one step. */
    void step(Context ctx) {
        Map<String, List<String>> form = ctx.formParamMap();
        Texts texts = texts(ctx, first(form, "lang"));
        if (form.containsKey("start")) {
            begin(ctx, texts, form);
            return;
        }
        Optional<InterviewState> read = InterviewState.read(first(form, "answers"), form.getOrDefault("declined", List.of()));
        if (read.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST)
                    .html(StartPage.render(texts, languages, LocalDate.now(clock), texts.get("error.request")));
            return;
        }
        InterviewState state = read.get();
        String action = first(form, "action");
        String field = first(form, "field");
        if (action != null && field != null) {
            Optional<Question> asked = engine.questions(state.applicant(), state.declined(), null, texts.locale())
                    .stream().filter(q -> q.field().equals(field)).findFirst();
            // a question no longer asked (a page sent twice, or changed) is passed over: the next one shows
            if (asked.isPresent()) {
                if (action.equals("decline")) {
                    state = state.decline(field);
                } else {
                    Optional<JsonNode> answer = FormAnswer.read(asked.get(), form);
                    if (answer.isEmpty()) {
                        show(ctx, texts, state, texts.get("error.answer", texts.get("error.required")));
                        return;
                    }
                    try {
                        state = state.answer(field, answer.get());
                    } catch (InvalidApplicantException e) {
                        show(ctx, texts, state, texts.get("error.answer", words(texts, e.violations())));
                        return;
                    } catch (IllegalArgumentException e) { // a field path the answers cannot take: a changed page
                        ctx.status(HttpStatus.BAD_REQUEST)
                                .html(StartPage.render(texts, languages, LocalDate.now(clock), texts.get("error.request")));
                        return;
                    }
                }
            }
        }
        show(ctx, texts, state, null);
    }

    /** The start form: a fresh applicant with its own id, the office and the date of registration. */
    private void begin(Context ctx, Texts texts, Map<String, List<String>> form) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        answers.put("id", "web-" + UUID.randomUUID());
        answers.put("office", Optional.ofNullable(first(form, "office")).orElse(""));
        answers.put("applicationDate", Optional.ofNullable(first(form, "applicationDate")).orElse("").trim());
        try {
            show(ctx, texts, InterviewState.of(answers, List.of()), null);
        } catch (InvalidApplicantException e) {
            ctx.status(HttpStatus.BAD_REQUEST).html(StartPage.render(texts, languages, LocalDate.now(clock),
                    texts.get("error.answer", words(texts, e.violations()))));
        }
    }

    /** The next question with the pathways still open, or the result when nothing is left to ask. */
    private void show(Context ctx, Texts texts, InterviewState state, String error) {
        Locale lang = texts.locale();
        List<Question> next = engine.questions(state.applicant(), state.declined(), null, lang);
        EligibilityReport report = engine.evaluate(state.applicant(), null, lang);
        if (error != null) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (next.isEmpty()) {
            ctx.html(ResultPage.render(texts, languages, state, report));
        } else {
            ctx.html(QuestionPage.render(texts, languages, state, next.get(0), next.size(), report, error));
        }
    }

    /** What was wrong with an answer, in words: a violation's code as the page words it, never the value. */
    private static String words(Texts texts, List<Violation> violations) {
        return violations.stream().map(v -> {
            try {
                return texts.get("violation." + v.code());
            } catch (java.util.MissingResourceException e) {
                return v.code();
            }
        }).distinct().collect(Collectors.joining("; "));
    }

    private Texts texts(Context ctx, String lang) {
        return new Texts(languages.choose(lang, ctx.header("Accept-Language")));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
