package org.safemobility.eligibility.examples.service;

import static org.safemobility.eligibility.examples.service.Html.esc;

import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * The pathways still open as the answers come in: those not (yet) NOT_ELIGIBLE, each with its
 * status, then those already decided. Every status is marked with {@code data-status} for tests
 * and tools; people read the words.
 */
final class StatusPanel {

    private StatusPanel() {
    }

    static String render(Texts texts, EligibilityReport report) {
        StringBuilder open = new StringBuilder();
        StringBuilder closed = new StringBuilder();
        boolean accessClosed = report.access().status() == Status.NOT_ELIGIBLE;
        for (PathwayResult p : report.pathways()) {
            StringBuilder to = p.status() == Status.NOT_ELIGIBLE ? closed : open;
            to.append("<li data-pathway=\"").append(p.pathway().name()).append("\">")
                    .append(esc(texts.get("pathway." + p.pathway().name()))).append(' ')
                    .append(badge(texts, p.status())).append("</li>");
        }
        StringBuilder b = new StringBuilder("<aside aria-labelledby=\"open-heading\" id=\"open\"><h2 id=\"open-heading\">")
                .append(esc(texts.get("open.heading"))).append("</h2>")
                .append("<p data-pathway=\"ACCESS\">").append(esc(texts.get("open.access"))).append(' ')
                .append(badge(texts, report.access().status())).append("</p>");
        if (open.isEmpty() || accessClosed) {
            b.append("<p>").append(esc(texts.get("open.none"))).append("</p>");
        }
        if (!open.isEmpty()) {
            b.append("<ul class=\"plain\">").append(open).append("</ul>");
        }
        if (!closed.isEmpty()) {
            b.append("<h3>").append(esc(texts.get("closed.heading"))).append("</h3><ul class=\"plain\">")
                    .append(closed).append("</ul>");
        }
        return b.append("</aside>").toString();
    }

    /** A status in words, in a pill coloured by status (the words carry it; the colour only helps). */
    static String badge(Texts texts, Status status) {
        return "<span class=\"status " + status.name() + "\" data-status=\"" + status.name() + "\">"
                + esc(texts.get("status." + status.name())) + "</span>";
    }
}
