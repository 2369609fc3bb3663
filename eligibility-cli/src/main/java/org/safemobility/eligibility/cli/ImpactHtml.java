package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.authoring.diff.ChangedApplicant;
import org.safemobility.eligibility.authoring.diff.CriterionChange;
import org.safemobility.eligibility.authoring.diff.CriterionMove;
import org.safemobility.eligibility.authoring.diff.GroupImpact;
import org.safemobility.eligibility.authoring.diff.ImpactJson;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import org.safemobility.eligibility.authoring.diff.RowChange;
import org.safemobility.eligibility.authoring.diff.ScopeImpact;
import org.safemobility.eligibility.authoring.diff.StatusChange;
import org.safemobility.eligibility.authoring.diff.Transition;
import org.safemobility.eligibility.json.EligibilityJson;

/**
 * Writes an {@link ImpactReport} as one self-contained HTML page ({@code diff --format html}):
 * inline CSS and inline SVG charts drawn here, no script, no font, no address of anything
 * elsewhere, so it opens offline and can be mailed. Every text from the rules or the applicants
 * is escaped.
 */
final class ImpactHtml {

    /** Status colours with at least 4.5:1 contrast against white text, and their names for the legend. */
    private static final String[] COLOURS = {"#1b6e3a", "#8a5a00", "#5c5f66"};
    private static final int MOVES_CHARTED = 20;

    private ImpactHtml() {
    }

    static void write(PrintWriter out, ImpactJson.Sources sources, ImpactReport impact) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>Impact report: " + esc(impact.oldRulesetVersion()) + " to " + esc(impact.newRulesetVersion())
                + "</title>");
        out.println("<style>");
        out.println("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;"
                + "background:#fff;margin:0 auto;max-width:1180px;padding:1.5rem;line-height:1.45}");
        out.println("h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;"
                + "border-bottom:2px solid #d0d4da;padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}");
        out.println("table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.92rem}"
                + "caption{text-align:left;font-weight:600;padding:.3rem 0;color:#333}"
                + "th,td{border:1px solid #c4c9d0;padding:.3rem .55rem;text-align:left;vertical-align:top}"
                + "th{background:#eef1f5;overflow-wrap:anywhere}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                + "tbody tr:nth-child(even){background:#f8f9fb}");
        out.println("code,pre{font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;font-size:.85rem}"
                + "pre{white-space:pre-wrap;word-break:break-all;background:#f4f5f7;padding:.5rem;border-radius:4px}");
        out.println(".meta{color:#333}.meta dt{font-weight:600;float:left;clear:left;width:9.5rem}"
                + ".meta dd{margin:0 0 .2rem 10rem}");
        out.println(".warning{border:3px solid #b00020;background:#fdecee;color:#5c000f;padding:.8rem 1rem;"
                + "border-radius:6px;margin:1rem 0;font-weight:600}");
        out.println(".cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}.card{border:1px solid #c4c9d0;"
                + "border-radius:6px;padding:.5rem .9rem;min-width:8rem}.card b{display:block;font-size:1.5rem}");
        out.println(".legend span{display:inline-block;margin-right:1rem}.sw{display:inline-block;width:.9rem;"
                + "height:.9rem;vertical-align:middle;margin-right:.3rem;border-radius:2px}");
        out.println(".example{border:1px solid #c4c9d0;border-radius:6px;padding:.4rem .9rem;margin:.8rem 0}");
        out.println("</style></head><body>");
        out.println("<header><h1>Impact report</h1>");
        out.println("<dl class=\"meta\">");
        meta(out, "Old rules", impact.oldRulesetVersion() + " (" + sources.oldRules() + ")");
        meta(out, "New rules", impact.newRulesetVersion() + " (" + sources.newRules() + ")");
        long size = impact.compared() + impact.invalid() + impact.failed();
        meta(out, "Population", size + (sources.generated() ? " generated applicants (seed " + sources.seed() + ")"
                : " applicants from " + sources.population()));
        meta(out, "As of", impact.asOf() + " (for applicants without an applicationDate)");
        out.println("</dl></header><main>");

        List<String> warning = ImpactOutput.warning(impact);
        if (!warning.isEmpty()) {
            out.println("<div class=\"warning\" role=\"alert\"><p>" + esc(warning.get(0)) + "</p><p>"
                    + esc(String.join(" ", warning.subList(1, warning.size())).replaceAll("\\s+", " ").strip())
                    + "</p></div>");
        }
        out.println("<section aria-labelledby=\"summary\"><h2 id=\"summary\">Summary</h2><div class=\"cards\">");
        card(out, "compared", impact.compared());
        card(out, "changed", impact.changed());
        card(out, "gain a pathway", impact.gained());
        card(out, "lose a pathway", impact.lost());
        card(out, "table rows changed", impact.rowChanges().size());
        card(out, "rows reached", impact.rowsReached());
        card(out, "skipped as invalid", impact.invalid());
        if (impact.failed() > 0) {
            card(out, "rules failed", impact.failed());
        }
        out.println("</div><p>An applicant <em>gains</em> a pathway when some pathway's status improves and "
                + "<em>loses</em> one when some pathway's status worsens; one applicant can do both. "
                + "<em>Changed</em> counts every applicant with a different status or criterion outcome.</p></section>");

        totals(out, impact);
        moves(out, impact);
        criterionMoves(out, impact);
        groups(out, "offices", "By office", impact.offices());
        groups(out, "nationalities", "By nationality", impact.nationalities());
        rows(out, impact);
        examples(out, impact);
        out.println("</main></body></html>");
        out.flush();
    }

    private static void meta(PrintWriter out, String name, String value) {
        out.println("<dt>" + esc(name) + "</dt><dd>" + esc(value) + "</dd>");
    }

    private static void card(PrintWriter out, String label, long value) {
        out.println("<div class=\"card\"><b>" + value + "</b>" + esc(label) + "</div>");
    }

    private static void totals(PrintWriter out, ImpactReport impact) {
        out.println("<section aria-labelledby=\"totals\"><h2 id=\"totals\">Status totals, before and after</h2>");
        out.print("<p class=\"legend\">");
        for (Status s : Status.values()) {
            out.print("<span><span class=\"sw\" style=\"background:" + COLOURS[s.ordinal()] + "\"></span>"
                    + esc(s.name()) + "</span>");
        }
        out.println("</p>");
        int labelWidth = 230;
        int barWidth = 760;
        int rowHeight = 22;
        int height = impact.scopes().size() * (2 * rowHeight + 14) + 10;
        out.println("<svg role=\"img\" aria-labelledby=\"totals-title\" width=\"" + (labelWidth + barWidth + 20)
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + (labelWidth + barWidth + 20) + " " + height
                + "\">");
        out.println("<title id=\"totals-title\">Stacked bars of status totals per scope, old rules above new rules</title>");
        int y = 5;
        for (ScopeImpact scope : impact.scopes()) {
            long total = Math.max(1, scope.total());
            for (int side = 0; side < 2; side++) {
                String label = (side == 0 ? scope.scope() + " old" : "new");
                out.println("<text x=\"" + (labelWidth - 8) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\" font-size=\"12\""
                        + " fill=\"#1a1a1a\">" + esc(label) + "</text>");
                double x = labelWidth;
                for (Status s : Status.values()) {
                    long n = side == 0 ? scope.before(s) : scope.after(s);
                    double w = barWidth * (double) n / total;
                    if (n > 0) {
                        out.println("<rect x=\"" + fmt(x) + "\" y=\"" + y + "\" width=\"" + fmt(w) + "\" height=\""
                                + (rowHeight - 2) + "\" fill=\"" + COLOURS[s.ordinal()] + "\"><title>" + esc(scope.scope()
                                + (side == 0 ? " old " : " new ") + s.name() + ": " + n) + "</title></rect>");
                        if (w > 40) {
                            out.println("<text x=\"" + fmt(x + 4) + "\" y=\"" + (y + 15) + "\" font-size=\"12\" fill=\"#fff\">"
                                    + n + "</text>");
                        }
                    }
                    x += w;
                }
                y += rowHeight;
            }
            y += 14;
        }
        out.println("</svg>");
        out.println("<table><caption>Applicants per status, old rules and new rules</caption><thead><tr>"
                + "<th scope=\"col\">Scope</th>");
        for (Status s : Status.values()) {
            out.print("<th scope=\"col\">" + esc(s.name()) + " old</th><th scope=\"col\">" + esc(s.name()) + " new</th>");
        }
        out.println("</tr></thead><tbody>");
        for (ScopeImpact scope : impact.scopes()) {
            out.print("<tr><th scope=\"row\">" + esc(scope.scope()) + "</th>");
            for (Status s : Status.values()) {
                out.print("<td class=\"n\">" + scope.before(s) + "</td><td class=\"n\">" + scope.after(s) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static void moves(PrintWriter out, ImpactReport impact) {
        out.println("<section aria-labelledby=\"moves\"><h2 id=\"moves\">Status moves</h2>");
        out.println("<table><caption>Applicants whose status moved, per scope</caption><thead><tr>"
                + "<th scope=\"col\">Scope</th><th scope=\"col\">Old status</th><th scope=\"col\">New status</th>"
                + "<th scope=\"col\">Applicants</th></tr></thead><tbody>");
        boolean any = false;
        for (ScopeImpact scope : impact.scopes()) {
            for (Transition t : scope.moves()) {
                any = true;
                out.println("<tr><th scope=\"row\">" + esc(scope.scope()) + "</th><td>" + esc(t.from().name()) + "</td><td>"
                        + esc(t.to().name()) + "</td><td class=\"n\">" + t.count() + "</td></tr>");
            }
        }
        if (!any) {
            out.println("<tr><td colspan=\"4\">No status moved.</td></tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static void criterionMoves(PrintWriter out, ImpactReport impact) {
        out.println("<section aria-labelledby=\"criteria\"><h2 id=\"criteria\">Criterion moves</h2>");
        List<CriterionMove> moves = impact.criterionMoves();
        if (moves.isEmpty()) {
            out.println("<p>No criterion outcome moved.</p></section>");
            return;
        }
        List<CriterionMove> charted = moves.stream()
                .sorted(Comparator.comparingLong(CriterionMove::applicants).reversed()).limit(MOVES_CHARTED).toList();
        long max = charted.get(0).applicants();
        int labelWidth = 470;
        int barWidth = 480;
        int rowHeight = 20;
        int height = charted.size() * rowHeight + 10;
        out.println("<svg role=\"img\" aria-labelledby=\"criteria-title\" width=\"" + (labelWidth + barWidth + 70)
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + (labelWidth + barWidth + 70) + " " + height
                + "\">");
        out.println("<title id=\"criteria-title\">Bar chart of the " + charted.size()
                + " largest criterion moves by applicants</title>");
        int y = 5;
        for (CriterionMove m : charted) {
            String label = m.scope() + " " + m.criterion() + ": " + ImpactOutput.outcome(m.from()) + " \u2192 "
                    + ImpactOutput.outcome(m.to());
            double w = Math.max(1, barWidth * (double) m.applicants() / max);
            out.println("<text x=\"" + (labelWidth - 8) + "\" y=\"" + (y + 13) + "\" text-anchor=\"end\" font-size=\"12\""
                    + " fill=\"#1a1a1a\">" + esc(label) + "</text>");
            out.println("<rect x=\"" + labelWidth + "\" y=\"" + y + "\" width=\"" + fmt(w) + "\" height=\"" + (rowHeight - 4)
                    + "\" fill=\"#2f5d8a\"><title>" + esc(label + ": " + m.applicants()) + "</title></rect>");
            out.println("<text x=\"" + fmt(labelWidth + w + 5) + "\" y=\"" + (y + 13) + "\" font-size=\"12\" fill=\"#1a1a1a\">"
                    + m.applicants() + "</text>");
            y += rowHeight;
        }
        out.println("</svg>");
        out.println("<table><caption>Applicants whose criterion outcome moved (absent: the report does not show "
                + "the criterion)</caption><thead><tr><th scope=\"col\">Scope</th><th scope=\"col\">Criterion</th>"
                + "<th scope=\"col\">Old outcome</th><th scope=\"col\">New outcome</th><th scope=\"col\">Applicants</th>"
                + "</tr></thead><tbody>");
        for (CriterionMove m : moves) {
            out.println("<tr><td>" + esc(m.scope()) + "</td><th scope=\"row\">" + esc(m.criterion()) + "</th><td>"
                    + esc(ImpactOutput.outcome(m.from())) + "</td><td>" + esc(ImpactOutput.outcome(m.to()))
                    + "</td><td class=\"n\">" + m.applicants() + "</td></tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static void groups(PrintWriter out, String id, String title, List<GroupImpact> groups) {
        out.println("<section aria-labelledby=\"" + id + "\"><h2 id=\"" + id + "\">" + esc(title) + "</h2>");
        List<GroupImpact> changed = groups.stream().filter(g -> g.changed() > 0).sorted(GroupImpact.MOST_MOVED_FIRST).toList();
        long quiet = groups.size() - changed.size();
        out.println("<table><caption>" + esc(title) + ": groups with a change" + (quiet > 0 ? " (" + quiet
                + " more without any)" : "") + "</caption><thead><tr><th scope=\"col\">Group</th>"
                + "<th scope=\"col\">Applicants</th><th scope=\"col\">Changed</th><th scope=\"col\">Gain</th>"
                + "<th scope=\"col\">Lose</th><th scope=\"col\">Status moves per scope</th></tr></thead><tbody>");
        if (changed.isEmpty()) {
            out.println("<tr><td colspan=\"6\">No group changed.</td></tr>");
        }
        for (GroupImpact g : changed) {
            StringBuilder detail = new StringBuilder();
            for (ScopeImpact s : g.scopes()) {
                for (Transition t : s.moves()) {
                    detail.append(detail.isEmpty() ? "" : "; ").append(s.scope()).append(' ').append(t.from())
                            .append(" \u2192 ").append(t.to()).append(' ').append(t.count());
                }
            }
            out.println("<tr><th scope=\"row\">" + esc(g.group()) + "</th><td class=\"n\">" + g.applicants()
                    + "</td><td class=\"n\">" + g.changed() + "</td><td class=\"n\">" + g.gained() + "</td><td class=\"n\">"
                    + g.lost() + "</td><td>" + (detail.isEmpty() ? "no status moved" : esc(detail.toString())) + "</td></tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static void rows(PrintWriter out, ImpactReport impact) {
        out.println("<section aria-labelledby=\"rows\"><h2 id=\"rows\">Changed table rows</h2>");
        out.println("<table><caption>Rows the edit added, removed or changed, and how many applicants reach each"
                + "</caption><thead><tr><th scope=\"col\">Table</th><th scope=\"col\">Change</th>"
                + "<th scope=\"col\">Old line</th><th scope=\"col\">New line</th><th scope=\"col\">Row</th>"
                + "<th scope=\"col\">Applicants reaching it</th></tr></thead><tbody>");
        if (impact.rowChanges().isEmpty()) {
            out.println("<tr><td colspan=\"6\">No table row changed.</td></tr>");
        }
        for (RowChange r : impact.rowChanges()) {
            String text = (r.oldRow() == null ? "" : "old: " + r.oldRow().text())
                    + (r.oldRow() != null && r.newRow() != null ? "\n" : "")
                    + (r.newRow() == null ? "" : "new: " + r.newRow().text());
            String kind = r.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (r.changedColumns().isEmpty() ? "" : " (" + String.join(", ", r.changedColumns()) + ")");
            out.println("<tr><th scope=\"row\"><code>" + esc(r.file()) + "</code></th><td>" + esc(kind) + "</td><td class=\"n\">"
                    + (r.oldRow() == null ? "" : r.oldLine()) + "</td><td class=\"n\">" + (r.newRow() == null ? "" : r.newLine())
                    + "</td><td><pre>" + esc(text) + "</pre></td><td class=\"n\">" + r.reached() + "</td></tr>");
        }
        out.println("</tbody></table></section>");
    }

    private static void examples(PrintWriter out, ImpactReport impact) {
        out.println("<section aria-labelledby=\"examples\"><h2 id=\"examples\">Changed applicants</h2>");
        if (impact.examples().isEmpty()) {
            out.println("<p>" + (impact.changed() == 0 ? "No applicant changed." : "None shown (--show 0).") + "</p></section>");
            return;
        }
        out.println("<p>The " + impact.examples().size() + " most severe of " + impact.changed()
                + " changed applicants: a lost ELIGIBLE first, then other losses, gains, and criterion-only changes; "
                + "input order within each.</p>");
        for (ChangedApplicant a : impact.examples()) {
            out.println("<article class=\"example\"><h3>" + esc(a.applicantId()) + " <small>(" + esc(a.severity().name())
                    + (a.evaluationDate() == null ? "" : ", evaluated on " + a.evaluationDate()) + ")</small></h3>");
            if (!a.statusChanges().isEmpty()) {
                out.println("<table><caption>Status changes</caption><thead><tr><th scope=\"col\">Scope</th>"
                        + "<th scope=\"col\">Old</th><th scope=\"col\">New</th></tr></thead><tbody>");
                for (StatusChange s : a.statusChanges()) {
                    out.println("<tr><th scope=\"row\">" + esc(s.scope()) + "</th><td>" + esc(s.oldStatus().name())
                            + "</td><td>" + esc(s.newStatus().name()) + "</td></tr>");
                }
                out.println("</tbody></table>");
            }
            out.println("<table><caption>Changed criteria</caption><thead><tr><th scope=\"col\">Scope</th>"
                    + "<th scope=\"col\">Criterion</th><th scope=\"col\">Old</th><th scope=\"col\">New</th></tr></thead><tbody>");
            for (CriterionChange c : a.criterionChanges()) {
                out.println("<tr><td>" + esc(c.scope()) + "</td><th scope=\"row\">" + esc(c.criterion()
                        + (c.candidate() == null ? "" : " for " + c.candidate())) + "</th><td><b>"
                        + esc(ImpactOutput.outcome(c.oldOutcome())) + "</b> " + esc(c.oldReason() == null ? "" : c.oldReason())
                        + "</td><td><b>" + esc(ImpactOutput.outcome(c.newOutcome())) + "</b> "
                        + esc(c.newReason() == null ? "" : c.newReason()) + "</td></tr>");
            }
            out.println("</tbody></table>");
            if (a.applicant() != null) {
                out.println("<details><summary>Input (applicant JSON)</summary><pre>"
                        + esc(EligibilityJson.writeApplicant(a.applicant())) + "</pre></details>");
            }
            out.println("</article>");
        }
        out.println("</section>");
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /** Text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
