package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.authoring.diff.ChangedApplicant;
import org.safemobility.eligibility.authoring.diff.CriterionChange;
import org.safemobility.eligibility.authoring.diff.ImpactReport;
import org.safemobility.eligibility.authoring.diff.ScopeImpact;
import org.safemobility.eligibility.authoring.diff.StatusChange;
import org.safemobility.eligibility.authoring.diff.Transition;
import org.safemobility.eligibility.internal.Json;

/** Prints an {@link ImpactReport} for {@code diff}: as text for people, or as one JSON document. */
final class ImpactOutput {

    /**
     * Where the compared rules and applicants came from, as the command line named them.
     *
     * @param oldRules   {@code bundled} or the old rules folder as given
     * @param newRules   {@code bundled} or the new rules folder as given
     * @param population the population file as given, or {@code null} when generated
     * @param count      applicants generated, when generated
     * @param seed       the seed, when generated
     */
    record Sources(String oldRules, String newRules, String population, long count, long seed) {
        boolean generated() {
            return population == null;
        }
    }

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
        out.println();
        out.println("Status moves per scope, old -> new:");
        for (ScopeImpact scope : impact.scopes()) {
            for (Transition t : scope.moves()) {
                out.println("  " + scope.scope() + ": " + t.from() + " -> " + t.to() + " " + t.count());
            }
            out.println("  " + scope.scope() + ": unchanged " + scope.unchanged());
        }
        out.println();
        if (impact.changed() == 0) {
            out.println("No applicant changed.");
        } else {
            out.println("Changed applicants: the first " + impact.examples().size() + " of " + impact.changed() + ":");
            for (ChangedApplicant applicant : impact.examples()) {
                out.println();
                applicant(out, applicant);
            }
        }
        out.flush();
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
    }

    /** The scopes with a status or criterion change, in report order. */
    private static List<String> scopes(ChangedApplicant applicant) {
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

    private static String outcome(Outcome outcome) {
        return outcome == null ? "absent" : outcome.name();
    }

    // --- JSON ---------------------------------------------------------------------------------

    /** One pretty-printed JSON document, then a newline; the shape is in {@code diff --help}. */
    static void json(OutputStream out, Sources sources, ImpactReport impact) throws IOException {
        try (JsonGenerator g = Json.factory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            rules(g, "old", sources.oldRules(), impact.oldRulesetVersion());
            rules(g, "new", sources.newRules(), impact.newRulesetVersion());
            g.writeStringField("asOf", impact.asOf().toString());
            g.writeObjectFieldStart("population");
            if (sources.generated()) {
                g.writeStringField("source", "generated");
                g.writeNumberField("seed", sources.seed());
            } else {
                g.writeStringField("source", sources.population());
            }
            g.writeNumberField("size", impact.compared() + impact.invalid() + impact.failed());
            g.writeNumberField("compared", impact.compared());
            g.writeNumberField("changed", impact.changed());
            g.writeNumberField("invalid", impact.invalid());
            g.writeNumberField("failed", impact.failed());
            g.writeEndObject();
            g.writeArrayFieldStart("scopes");
            for (ScopeImpact scope : impact.scopes()) {
                g.writeStartObject();
                g.writeStringField("scope", scope.scope());
                g.writeNumberField("unchanged", scope.unchanged());
                g.writeNumberField("moved", scope.moved());
                g.writeArrayFieldStart("moves");
                for (Transition t : scope.moves()) {
                    transition(g, t);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("transitions");
                for (Transition t : scope.transitions()) {
                    transition(g, t);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changedApplicants");
            for (ChangedApplicant a : impact.examples()) {
                changed(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("failures");
            for (String failure : impact.failures()) {
                g.writeString(failure);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void rules(JsonGenerator g, String name, String rules, String version) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("rules", rules);
        g.writeStringField("rulesetVersion", version);
        g.writeEndObject();
    }

    private static void transition(JsonGenerator g, Transition t) throws IOException {
        g.writeStartObject();
        g.writeStringField("from", t.from().name());
        g.writeStringField("to", t.to().name());
        g.writeNumberField("count", t.count());
        g.writeEndObject();
    }

    private static void changed(JsonGenerator g, ChangedApplicant a) throws IOException {
        g.writeStartObject();
        g.writeStringField("applicantId", a.applicantId());
        g.writeArrayFieldStart("statusChanges");
        for (StatusChange s : a.statusChanges()) {
            g.writeStartObject();
            g.writeStringField("scope", s.scope());
            g.writeStringField("old", s.oldStatus().name());
            g.writeStringField("new", s.newStatus().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("criterionChanges");
        for (CriterionChange c : a.criterionChanges()) {
            g.writeStartObject();
            g.writeStringField("scope", c.scope());
            g.writeStringField("criterion", c.criterion());
            g.writeStringField("candidate", c.candidate());
            side(g, "old", c.oldOutcome(), c.oldReason());
            side(g, "new", c.newOutcome(), c.newReason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, String name, Outcome outcome, String reason) throws IOException {
        if (outcome == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("outcome", outcome.name());
        g.writeStringField("reason", reason);
        g.writeEndObject();
    }
}
