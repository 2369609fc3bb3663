package org.safemobility.eligibility.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.authoring.diff.ChangedApplicant;
import org.safemobility.eligibility.authoring.diff.CriterionMove;
import org.safemobility.eligibility.authoring.diff.GroupImpact;
import org.safemobility.eligibility.authoring.diff.RowChange;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.authoring.diff.CriterionChange;
import org.safemobility.eligibility.authoring.diff.ImpactJson;
import org.safemobility.eligibility.authoring.diff.ImpactJson.Sources;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import org.safemobility.eligibility.authoring.diff.ScopeImpact;
import org.safemobility.eligibility.authoring.diff.StatusChange;
import org.safemobility.eligibility.authoring.diff.Transition;

/** Prints an {@link ImpactReport} for {@code diff} as text for people; the other formats have a class each. */
final class ImpactOutput {

    private ImpactOutput() {
    }

    // --- text ---------------------------------------------------------------------------------

    static void text(PrintWriter out, Sources sources, ImpactReport impact) {
        out.println("old rules: " + impact.oldRulesetVersion() + " (" + sources.oldRules() + ")");
        out.println("new rules: " + impact.newRulesetVersion() + " (" + sources.newRules() + ")");
        long size = impact.compared() + impact.invalid() + impact.failed();
        out.println("population: " + size + (sources.generated()
                ? " generated applicants (seed " + sources.seed() + ")" : " applicants from " + sources.population()));
        out.println("as of: " + impact.asOf() + " (for applicants without an applicationDate)");
        out.println("compared: " + impact.compared() + ", changed: " + impact.changed()
                + ", skipped as invalid: " + impact.invalid()
                + (impact.failed() > 0 ? ", left out because the rules failed: " + impact.failed() : ""));
        out.println("gain a pathway: " + impact.gained() + ", lose a pathway: " + impact.lost()
                + " (some pathway's status improves / worsens; one applicant can do both)");
        List<String> warning = warning(impact);
        if (!warning.isEmpty()) {
            out.println();
            warning.forEach(out::println);
        }
        out.println();
        out.println("Status totals per scope, old -> new:");
        out.println(String.format("  %-28s %-22s %-22s %s", "scope", "ELIGIBLE", "POSSIBLY_ELIGIBLE", "NOT_ELIGIBLE"));
        for (ScopeImpact scope : impact.scopes()) {
            StringBuilder line = new StringBuilder(String.format("  %-28s", scope.scope()));
            for (Status s : Status.values()) {
                line.append(String.format(" %-22s", scope.before(s) + " -> " + scope.after(s)));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("Status moves per scope, old -> new:");
        for (ScopeImpact scope : impact.scopes()) {
            for (Transition t : scope.moves()) {
                out.println("  " + scope.scope() + ": " + t.from() + " -> " + t.to() + " " + t.count());
            }
            out.println("  " + scope.scope() + ": unchanged " + scope.unchanged());
        }
        out.println();
        out.println("Criterion moves, old -> new (applicants, with or without a status move):");
        if (impact.criterionMoves().isEmpty()) {
            out.println("  none");
        }
        for (CriterionMove m : impact.criterionMoves()) {
            out.println("  " + m.scope() + " " + m.criterion() + ": " + outcome(m.from()) + " -> " + outcome(m.to())
                    + " " + m.applicants());
        }
        out.println();
        groups(out, "office", impact.offices());
        out.println();
        groups(out, "nationality", impact.nationalities());
        out.println();
        rows(out, impact);
        out.println();
        if (impact.changed() == 0) {
            out.println("No applicant changed.");
        } else {
            out.println("Changed applicants: the " + impact.examples().size() + " most severe of " + impact.changed()
                    + " (a lost ELIGIBLE first, then other losses, gains, criterion-only changes):");
            for (ChangedApplicant applicant : impact.examples()) {
                out.println();
                applicant(out, applicant);
            }
        }
        out.flush();
    }

    /** The warning when no applicant reaches a changed row, as the JSON carries it: see {@link ImpactJson#warning}. */
    static List<String> warning(ImpactReport impact) {
        return ImpactJson.warning(impact);
    }

    /** How many groups (offices, nationalities) the text shows; the other formats show every one. */
    static final int TEXT_GROUPS = 10;

    /**
     * One line per group with a change, those with the most status moves first, at most
     * {@link #TEXT_GROUPS}; the others are counted together, so that a population of a hundred
     * nationalities still reads in a screen.
     */
    private static void groups(PrintWriter out, String what, List<GroupImpact> groups) {
        out.println("By " + what + ": applicants, changed, gain, lose; status moves per scope:");
        List<GroupImpact> changed = new ArrayList<>(groups.stream().filter(g -> g.changed() > 0).toList());
        changed.sort(GroupImpact.MOST_MOVED_FIRST);
        for (GroupImpact g : changed.subList(0, Math.min(TEXT_GROUPS, changed.size()))) {
            List<String> moved = new ArrayList<>();
            for (ScopeImpact s : g.scopes()) {
                if (s.moved() > 0) {
                    moved.add(s.scope() + " " + s.moved());
                }
            }
            out.println("  " + g.group() + ": " + g.applicants() + " applicants, " + g.changed() + " changed, gain "
                    + g.gained() + ", lose " + g.lost() + (moved.isEmpty() ? "; no status moved"
                    : "; moved: " + String.join(", ", moved)));
        }
        List<GroupImpact> more = changed.subList(Math.min(TEXT_GROUPS, changed.size()), changed.size());
        if (!more.isEmpty()) {
            out.println("  " + more.size() + " more " + plural(what, more.size()) + " with a change ("
                    + more.stream().mapToLong(GroupImpact::applicants).sum() + " applicants, "
                    + more.stream().mapToLong(GroupImpact::changed).sum() + " changed): every one in --format json, csv or html");
        }
        long quiet = groups.stream().filter(g -> g.changed() == 0).count();
        if (quiet > 0) {
            out.println("  " + quiet + " other " + plural(what, quiet) + " ("
                    + groups.stream().filter(g -> g.changed() == 0).mapToLong(GroupImpact::applicants).sum()
                    + " applicants): no change");
        }
    }

    private static String plural(String what, long n) {
        return n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
    }

    private static void rows(PrintWriter out, ImpactReport impact) {
        out.println("Changed table rows: " + impact.rowChanges().size() + ", reached by the population: "
                + impact.rowsReached());
        for (RowChange r : impact.rowChanges()) {
            String where = switch (r.kind()) {
                case ADDED -> "added at line " + r.newLine();
                case REMOVED -> "removed from line " + r.oldLine();
                case CHANGED -> "changed, line " + r.oldLine() + " -> " + r.newLine() + " ("
                        + String.join(", ", r.changedColumns()) + ")";
            };
            out.println("  " + r.file() + ": " + where + ": reached by " + r.reached()
                    + (r.reached() == 1 ? " applicant" : " applicants"));
            if (r.oldRow() != null) {
                out.println("    old: " + r.oldRow().text());
            }
            if (r.newRow() != null) {
                out.println("    new: " + r.newRow().text());
            }
        }
    }

    /** The applicant's id, then each scope with a change: its status, and the criteria that changed in it. */
    private static void applicant(PrintWriter out, ChangedApplicant applicant) {
        out.println(applicant.applicantId());
        for (String scope : scopes(applicant)) {
            StatusChange status = applicant.statusChanges().stream().filter(s -> s.scope().equals(scope))
                    .findFirst().orElse(null);
            out.println("  " + scope + ": " + (status == null ? "status unchanged"
                    : status.oldStatus() + " -> " + status.newStatus()));
            for (CriterionChange c : applicant.criterionChanges()) {
                if (c.scope().equals(scope)) {
                    out.println("    " + c.criterion() + (c.candidate() == null ? "" : " for " + c.candidate()) + ": "
                            + outcome(c.oldOutcome()) + " -> " + outcome(c.newOutcome()));
                    out.println("      old: " + (c.oldReason() == null ? "(not in the old report)" : c.oldReason()));
                    out.println("      new: " + (c.newReason() == null ? "(not in the new report)" : c.newReason()));
                }
            }
        }
        out.println("  severity: " + applicant.severity());
        if (applicant.applicant() != null) {
            out.println("  input (evaluated on " + applicant.evaluationDate() + "): "
                    + EligibilityJson.writeApplicant(applicant.applicant()));
        }
    }

    /** The scopes with a status or criterion change, in report order. */
    static List<String> scopes(ChangedApplicant applicant) {
        Set<String> scopes = new LinkedHashSet<>();
        applicant.statusChanges().forEach(s -> scopes.add(s.scope()));
        applicant.criterionChanges().forEach(c -> scopes.add(c.scope()));
        List<String> ordered = new ArrayList<>(scopes);
        ordered.sort(Comparator.comparingInt(ImpactOutput::order));
        return ordered;
    }

    private static int order(String scope) {
        return ImpactReport.ACCESS.equals(scope) ? -1 : Pathway.valueOf(scope).ordinal();
    }

    static String outcome(Outcome outcome) {
        return outcome == null ? "absent" : outcome.name();
    }
}
