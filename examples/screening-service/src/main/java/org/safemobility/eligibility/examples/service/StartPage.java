package org.safemobility.eligibility.examples.service;

import static org.safemobility.eligibility.examples.service.Html.esc;

import java.time.LocalDate;
import org.safemobility.eligibility.model.Office;

/** The first page: what the screening is, and the office and date of registration that start the interview. */
final class StartPage {

    private StartPage() {
    }

    /** @param error a message for a rejected start, or {@code null} */
    static String render(Texts texts, Languages languages, LocalDate today, String error) {
        StringBuilder b = new StringBuilder("<p>").append(esc(texts.get("page.intro"))).append("</p>");
        if (error != null) {
            b.append("<div class=\"error\" role=\"alert\" id=\"error\"><strong>").append(esc(texts.get("error.heading")))
                    .append("</strong><p>").append(esc(error)).append("</p></div>");
        }
        b.append("<form method=\"post\" action=\"/interview\" id=\"start\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(esc(texts.locale().getLanguage())).append("\">")
                .append("<input type=\"hidden\" name=\"start\" value=\"1\">")
                .append("<fieldset><legend>").append(esc(texts.get("start.legend"))).append("</legend>")
                .append("<label for=\"office\">").append(esc(texts.get("start.office"))).append("</label>")
                .append("<select name=\"office\" id=\"office\" required>");
        for (Office o : Office.values()) {
            b.append("<option value=\"").append(o.name()).append("\">").append(esc(texts.country(o.name()))).append("</option>");
        }
        b.append("</select>")
                .append("<label for=\"applicationDate\">").append(esc(texts.get("start.date"))).append("</label>")
                .append("<input type=\"text\" name=\"applicationDate\" id=\"applicationDate\" required inputmode=\"numeric\"")
                .append(" pattern=\"\\d{4}-\\d{2}-\\d{2}\" size=\"12\" aria-describedby=\"date-hint\" value=\"")
                .append(today).append("\">")
                .append("<p class=\"hint\" id=\"date-hint\">").append(esc(texts.get("start.date.hint"))).append("</p>")
                .append("</fieldset><button type=\"submit\" class=\"primary\" id=\"begin\">")
                .append(esc(texts.get("start.submit"))).append("</button></form>");
        return Html.page(texts, HiddenState.links(languages, texts), b.toString());
    }
}
