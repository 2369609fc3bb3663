package org.safemobility.eligibility.examples.service;

import static org.safemobility.eligibility.examples.service.Html.esc;

import java.util.List;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The page that asks the interview's next question: the question with the inputs its answer type
 * takes, "Continue" and "I don't know", and beside it the pathways still open.
 */
final class QuestionPage {

    private QuestionPage() {
    }

    /**
     * @param remaining how many questions are left, this one included
     * @param error     a message for a rejected answer, or {@code null}
     */
    static String render(Texts texts, Languages languages, InterviewState state, Question q, int remaining,
                         EligibilityReport report, String error) {
        StringBuilder b = new StringBuilder("<div class=\"layout\"><section>");
        if (error != null) {
            b.append("<div class=\"error\" role=\"alert\" id=\"error\"><strong>").append(esc(texts.get("error.heading")))
                    .append("</strong><p>").append(esc(error)).append("</p></div>");
        }
        b.append("<form method=\"post\" action=\"/interview\" id=\"question\">")
                .append(HiddenState.fields(state))
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(esc(texts.locale().getLanguage())).append("\">")
                .append("<input type=\"hidden\" name=\"field\" value=\"").append(esc(q.field())).append("\">")
                .append("<fieldset data-field=\"").append(esc(q.field())).append("\" data-type=\"")
                .append(esc(q.type().jsonName())).append("\"><legend id=\"q\">").append(esc(q.text())).append("</legend>");
        inputs(b, texts, q, error != null);
        b.append("</fieldset>")
                .append("<button type=\"submit\" class=\"primary\" name=\"action\" value=\"answer\" id=\"answer\">")
                .append(esc(texts.get("question.continue"))).append("</button>")
                .append("<button type=\"submit\" class=\"secondary\" name=\"action\" value=\"decline\" id=\"decline\" formnovalidate>")
                .append(esc(texts.get("question.decline"))).append("</button></form>")
                .append("<p class=\"hint\">").append(esc(texts.get("question.remaining", remaining))).append(' ')
                .append(esc(texts.get("question.scopes"))).append(' ');
        List<String> names = q.scopes().stream().map(s -> texts.get("pathway." + s)).toList();
        b.append(esc(String.join(", ", names))).append("</p></section>");
        b.append(StatusPanel.render(texts, report)).append("</div>");
        return Html.page(texts, HiddenState.switcher(languages, texts, state), b.toString());
    }

    private static void inputs(StringBuilder b, Texts texts, Question q, boolean invalid) {
        String described = invalid ? " aria-describedby=\"error\"" : "";
        switch (q.type()) {
            case DATE -> b.append(dateBox("value", "q", described)).append(hint(texts.get("start.date.hint")));
            case DATES -> {
                b.append(hint(texts.get("question.dates.hint")));
                for (int i = 1; i <= FormAnswer.LIST_BOXES; i++) {
                    b.append("<label>").append(esc(texts.get("question.entry", i))).append(' ')
                            .append(dateBox("value", null, described)).append("</label>");
                }
            }
            case BOOLEAN, ENUM -> choices(b, q.options(), "radio");
            case ENUMS -> choices(b, q.options(), "checkbox");
            case INTEGER -> b.append("<input type=\"number\" name=\"value\" id=\"value\" min=\"0\" step=\"1\" required"
                    + " aria-labelledby=\"q\"").append(described).append(">");
            case COUNTRY -> b.append(countrySelect(texts, "aria-labelledby=\"q\" id=\"value\" required" + described));
            case COUNTRIES -> {
                b.append(hint(texts.get("question.countries.hint")));
                for (int i = 1; i <= FormAnswer.LIST_BOXES; i++) {
                    b.append("<label>").append(esc(texts.get("question.entry", i))).append(' ')
                            .append(countrySelect(texts, "")).append("</label>");
                }
            }
            case LIST -> {
                if (q.options().isEmpty()) {
                    b.append("<label>").append(esc(texts.get("question.count")))
                            .append(" <input type=\"number\" name=\"value\" id=\"value\" min=\"0\" max=\"100\" step=\"1\" required")
                            .append(described).append("></label>");
                } else {
                    entryLines(b, texts, q);
                }
            }
            default -> throw new IllegalStateException("an answer type this page does not know: " + q.type());
        }
    }

    private static String dateBox(String name, String labelledBy, String described) {
        return "<input type=\"text\" name=\"" + name + "\" inputmode=\"numeric\" pattern=\"\\d{4}-\\d{2}-\\d{2}\""
                + " placeholder=\"YYYY-MM-DD\" autocomplete=\"off\" size=\"12\""
                + (labelledBy == null ? "" : " id=\"value\" required aria-labelledby=\"" + labelledBy + "\"") + described + ">";
    }

    private static void choices(StringBuilder b, List<Option> options, String kind) {
        b.append("<ul class=\"plain\">");
        for (Option o : options) {
            String value = FormAnswer.spelling(o.value());
            b.append("<li><label><input type=\"").append(kind).append("\" name=\"value\" value=\"").append(esc(value))
                    .append("\"> ").append(esc(o.label())).append("</label></li>");
        }
        b.append("</ul>");
    }

    private static String countrySelect(Texts texts, String attributes) {
        StringBuilder b = new StringBuilder("<select name=\"value\" ").append(attributes).append("><option value=\"\">")
                .append(esc(texts.get("question.choose"))).append("</option>");
        for (Countries.Country c : Countries.in(texts)) {
            b.append("<option value=\"").append(c.code()).append("\">").append(esc(c.name())).append("</option>");
        }
        return b.append("</select>").toString();
    }

    /** A list of entries (relatives): one line each, its required field as a choice, its objects as check boxes. */
    private static void entryLines(StringBuilder b, Texts texts, Question q) {
        b.append(hint(texts.get("question.list.hint")));
        for (int line = 0; line < FormAnswer.LIST_LINES; line++) {
            b.append("<div class=\"entry\"><label>").append(esc(texts.get("question.entry", line + 1)))
                    .append(" <select name=\"entry\"><option value=\"\">").append(esc(texts.get("question.none")))
                    .append("</option>");
            for (Option o : q.options()) {
                String value = FormAnswer.spelling(o.value());
                b.append("<option value=\"").append(esc(value)).append("\">").append(esc(o.label())).append("</option>");
            }
            b.append("</select></label>");
            for (String object : q.entries().subList(1, q.entries().size())) {
                b.append("<label><input type=\"checkbox\" name=\"").append(esc(object)).append('.').append(line)
                        .append("\"> ").append(esc(objectLabel(texts, object))).append("</label>");
            }
            b.append("</div>");
        }
    }

    /** The words for an entry's object ({@code i130}); its name when the page has none. */
    private static String objectLabel(Texts texts, String object) {
        try {
            return texts.get("question.entry." + object);
        } catch (java.util.MissingResourceException e) {
            return object;
        }
    }

    private static String hint(String text) {
        return "<p class=\"hint\">" + esc(text) + "</p>";
    }
}
