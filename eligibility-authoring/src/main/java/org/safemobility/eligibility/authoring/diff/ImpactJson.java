package org.safemobility.eligibility.authoring.diff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.json.EligibilityJson;

/**
 * Writes an {@link ImpactReport} as one JSON document: the output of {@code eligibility diff
 * --format json}, and of any other tool that reports an impact (a Spark job over a population too
 * big for one machine), so that they all write the same document. The field names are stable;
 * docs/rules-authoring.md ("Impact report") and {@code diff --help} describe them.
 *
 * <pre>{@code
 * ImpactJson.write(out, new ImpactJson.Sources("rules", "rules-edited", "applicants.jsonl", 0, 0), impact);
 * }</pre>
 */
public final class ImpactJson {

    /**
     * Where the compared rules and applicants came from, as the user named them: the JSON's
     * {@code old.rules}, {@code new.rules} and {@code population.source} (or seed).
     *
     * @param oldRules   {@code bundled} or the old rules folder as given
     * @param newRules   {@code bundled} or the new rules folder as given
     * @param population the population as given (a file, a table), or {@code null} when generated
     * @param count      applicants generated, when generated
     * @param seed       the seed, when generated
     */
    public record Sources(String oldRules, String newRules, String population, long count, long seed) {

        /**
         * Whether the population was generated rather than read.
         *
         * @return true when no population was named
         */
        public boolean generated() {
            return population == null;
        }
    }

    /** Jackson's defaults: the writing features of core's mappers, which the diff may not use. */
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ImpactJson() {
    }

    /**
     * Writes one pretty-printed JSON document, then a newline; {@code out} is flushed, not closed.
     *
     * @param out where to write, in UTF-8
     * @param sources where the rules and applicants came from
     * @param impact the report
     * @throws IOException when {@code out} fails
     */
    public static void write(OutputStream out, Sources sources, ImpactReport impact) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
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
            g.writeNumberField("gained", impact.gained());
            g.writeNumberField("lost", impact.lost());
            g.writeEndObject();
            g.writeArrayFieldStart("warnings");
            for (String line : warning(impact)) {
                g.writeString(line.strip());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("scopes");
            for (ScopeImpact scope : impact.scopes()) {
                scope(g, scope);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("criterionMoves");
            for (CriterionMove m : impact.criterionMoves()) {
                g.writeStartObject();
                g.writeStringField("scope", m.scope());
                g.writeStringField("criterion", m.criterion());
                g.writeStringField("from", outcome(m.from()));
                g.writeStringField("to", outcome(m.to()));
                g.writeNumberField("applicants", m.applicants());
                g.writeEndObject();
            }
            g.writeEndArray();
            groups(g, "offices", impact.offices());
            groups(g, "nationalities", impact.nationalities());
            g.writeObjectFieldStart("tableRows");
            g.writeNumberField("changed", impact.rowChanges().size());
            g.writeNumberField("reached", impact.rowsReached());
            g.writeBooleanField("populationMissesChangedRows", impact.populationMissesChangedRows());
            g.writeArrayFieldStart("rows");
            for (RowChange r : impact.rowChanges()) {
                row(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
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

    private static void scope(JsonGenerator g, ScopeImpact scope) throws IOException {
        g.writeStartObject();
        g.writeStringField("scope", scope.scope());
        g.writeNumberField("unchanged", scope.unchanged());
        g.writeNumberField("moved", scope.moved());
        g.writeNumberField("improved", scope.improved());
        g.writeNumberField("worsened", scope.worsened());
        totals(g, "before", scope, true);
        totals(g, "after", scope, false);
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

    private static void totals(JsonGenerator g, String name, ScopeImpact scope, boolean before) throws IOException {
        g.writeObjectFieldStart(name);
        for (Status s : Status.values()) {
            g.writeNumberField(s.name(), before ? scope.before(s) : scope.after(s));
        }
        g.writeEndObject();
    }

    private static void groups(JsonGenerator g, String name, List<GroupImpact> groups) throws IOException {
        g.writeArrayFieldStart(name);
        for (GroupImpact group : groups) {
            g.writeStartObject();
            g.writeStringField("group", group.group());
            g.writeNumberField("applicants", group.applicants());
            g.writeNumberField("changed", group.changed());
            g.writeNumberField("gained", group.gained());
            g.writeNumberField("lost", group.lost());
            g.writeArrayFieldStart("scopes");
            for (ScopeImpact s : group.scopes()) {
                g.writeStartObject();
                g.writeStringField("scope", s.scope());
                g.writeNumberField("moved", s.moved());
                g.writeNumberField("improved", s.improved());
                g.writeNumberField("worsened", s.worsened());
                g.writeArrayFieldStart("moves");
                for (Transition t : s.moves()) {
                    transition(g, t);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void row(JsonGenerator g, RowChange r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("kind", r.kind().name());
        if (r.oldRow() == null) {
            g.writeNullField("oldLine");
        } else {
            g.writeNumberField("oldLine", r.oldLine());
        }
        if (r.newRow() == null) {
            g.writeNullField("newLine");
        } else {
            g.writeNumberField("newLine", r.newLine());
        }
        g.writeArrayFieldStart("changedColumns");
        for (String c : r.changedColumns()) {
            g.writeString(c);
        }
        g.writeEndArray();
        rowValues(g, "old", r.oldRow());
        rowValues(g, "new", r.newRow());
        g.writeNumberField("reached", r.reached());
        g.writeEndObject();
    }

    /** The row as an object of column name to value, in column order; extra values as "column N". */
    private static void rowValues(JsonGenerator g, String name, TableRow row) throws IOException {
        if (row == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        for (int i = 0; i < row.values().size(); i++) {
            g.writeStringField(i < row.header().size() ? row.header().get(i) : "column " + (i + 1), row.values().get(i));
        }
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
        g.writeStringField("severity", a.severity().name());
        if (a.evaluationDate() != null) {
            g.writeStringField("evaluationDate", a.evaluationDate().toString());
        }
        if (a.applicant() != null) {
            g.writeFieldName("applicant");
            g.writeRawValue(EligibilityJson.writeApplicant(a.applicant()));
        }
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

    /**
     * The lines of the warning when table rows changed and no applicant reaches any of them, or
     * none: "changed: 0" must not read as "no impact". The JSON's {@code warnings} holds them
     * stripped; {@code eligibility diff} prints them as they are.
     *
     * @param impact the report
     * @return the warning's lines, indented after the first; empty when there is nothing to warn of
     */
    public static List<String> warning(ImpactReport impact) {
        if (!impact.populationMissesChangedRows()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("WARNING: " + rowCount(impact.rowChanges().size()) + " changed, and no applicant of this population "
                + "reaches any of them");
        lines.add("  (none has the codes and dates the rows name: see 'Changed table rows' below).");
        lines.add(impact.changed() == 0
                ? "  'No applicant changed' says nothing about this edit: the population cannot show its impact."
                : "  The changes counted here may not be all the edit can do: the population misses the edited rows.");
        lines.add("  Compare a population that holds such applicants (--population FILE), or another generated one.");
        return lines;
    }

    private static String rowCount(int n) {
        return n == 1 ? "1 table row" : n + " table rows";
    }

    private static String outcome(Outcome outcome) {
        return outcome == null ? "absent" : outcome.name();
    }
}
