package org.safemobility.eligibility.examples.service;

import static org.safemobility.eligibility.examples.service.Html.esc;

/** The hidden fields that carry the interview from one page to the next (see {@link InterviewState}). */
final class HiddenState {

    private HiddenState() {
    }

    static String fields(InterviewState state) {
        StringBuilder out = new StringBuilder();
        out.append("<input type=\"hidden\" name=\"answers\" value=\"").append(esc(state.answersJson())).append("\">");
        for (String field : state.declined()) {
            out.append("<input type=\"hidden\" name=\"declined\" value=\"").append(esc(field)).append("\">");
        }
        return out.toString();
    }

    /**
     * The language switch of an interview under way: a form that posts the state again in the
     * other language, so switching loses no answer.
     */
    static String switcher(Languages languages, Texts texts, InterviewState state) {
        StringBuilder out = new StringBuilder("<form method=\"post\" action=\"/interview\">").append(fields(state));
        for (String code : languages.codes()) {
            if (!code.equals(texts.locale().getLanguage())) {
                Texts other = new Texts(java.util.Locale.forLanguageTag(code));
                out.append("<button class=\"link\" name=\"lang\" value=\"").append(esc(code)).append("\" lang=\"")
                        .append(esc(code)).append("\">").append(esc(other.get("lang.name"))).append("</button>");
            }
        }
        return out.append("</form>").toString();
    }

    /** The language switch of the start page: plain links. */
    static String links(Languages languages, Texts texts) {
        StringBuilder out = new StringBuilder();
        for (String code : languages.codes()) {
            if (!code.equals(texts.locale().getLanguage())) {
                Texts other = new Texts(java.util.Locale.forLanguageTag(code));
                out.append("<a href=\"/?lang=").append(esc(code)).append("\" lang=\"").append(esc(code))
                        .append("\" hreflang=\"").append(esc(code)).append("\">")
                        .append(esc(other.get("lang.name"))).append("</a> ");
            }
        }
        return out.toString();
    }
}
