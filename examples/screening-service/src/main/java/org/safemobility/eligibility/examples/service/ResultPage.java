package org.safemobility.eligibility.examples.service;

import static org.safemobility.eligibility.examples.service.Html.esc;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** The end of the interview: access and each pathway with its status, and every criterion with its reason and citation. */
final class ResultPage {

    private ResultPage() {
    }

    static String render(Texts texts, Languages languages, InterviewState state, EligibilityReport report) {
        String date = report.evaluationDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()));
        StringBuilder b = new StringBuilder("<h2 id=\"result\">").append(esc(texts.get("result.heading"))).append("</h2>")
                .append("<p class=\"hint\">").append(esc(texts.get("result.intro", date, report.rulesetVersion()))).append("</p>");
        // the statuses at a glance, then the details: a person sees first which pathways may be open
        b.append("<ul class=\"plain summary\">");
        for (PathwayResult p : report.pathways()) {
            String id = p.pathway().name();
            b.append("<li><a href=\"#h-").append(id).append("\">").append(esc(texts.get("pathway." + id)))
                    .append("</a> ").append(StatusPanel.badge(texts, p.status())).append("</li>");
        }
        b.append("</ul>");
        b.append("<section data-pathway=\"ACCESS\" aria-labelledby=\"h-ACCESS\"><h3 id=\"h-ACCESS\">")
                .append(esc(texts.get("result.access"))).append(' ')
                .append(StatusPanel.badge(texts, report.access().status())).append("</h3>");
        criteria(b, texts, report.access().criteria());
        b.append("</section>");
        for (PathwayResult p : report.pathways()) {
            String id = p.pathway().name();
            b.append("<section data-pathway=\"").append(id).append("\" aria-labelledby=\"h-").append(id).append("\"><h3 id=\"h-")
                    .append(id).append("\">").append(esc(texts.get("pathway." + id))).append(' ')
                    .append(StatusPanel.badge(texts, p.status())).append("</h3>");
            criteria(b, texts, p.criteria());
            if (!p.notes().isEmpty()) {
                b.append("<p><strong>").append(esc(texts.get("result.notes"))).append("</strong></p><ul>");
                p.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
                b.append("</ul>");
            }
            b.append("</section>");
        }
        b.append("<p><a href=\"/?lang=").append(esc(texts.locale().getLanguage())).append("\">")
                .append(esc(texts.get("result.restart"))).append("</a></p>");
        return Html.page(texts, HiddenState.switcher(languages, texts, state), b.toString());
    }

    private static void criteria(StringBuilder b, Texts texts, List<CriterionResult> criteria) {
        b.append("<table><thead><tr><th scope=\"col\">").append(esc(texts.get("result.criterion")))
                .append("</th><th scope=\"col\">").append(esc(texts.get("result.outcome")))
                .append("</th><th scope=\"col\">").append(esc(texts.get("result.reason"))).append("</th></tr></thead><tbody>");
        for (CriterionResult c : criteria) {
            b.append("<tr data-criterion=\"").append(esc(c.id())).append("\"><th scope=\"row\">").append(esc(c.id()))
                    .append("</th><td class=\"").append(c.outcome().name()).append("\" data-outcome=\"").append(c.outcome().name())
                    .append("\">").append(esc(texts.get("outcome." + c.outcome().name()))).append("</td><td>")
                    .append(esc(c.reason())).append("<div class=\"citation\">").append(esc(texts.get("result.citation")))
                    .append(": ").append(esc(c.citation())).append("</div></td></tr>");
        }
        b.append("</tbody></table>");
    }
}
