package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/** Writes and reads reports in the field order of {@code report.schema.json}. */
public final class ReportJson {

    private ReportJson() {
    }

    public static void write(JsonGenerator g, EligibilityReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("applicantId", r.applicantId());
        g.writeStringField("evaluationDate", r.evaluationDate().toString());
        g.writeStringField("rulesetVersion", r.rulesetVersion());
        g.writeObjectFieldStart("access");
        g.writeStringField("status", r.access().status().name());
        criteria(g, r.access().criteria());
        g.writeEndObject();
        g.writeArrayFieldStart("pathways");
        for (PathwayResult p : r.pathways()) {
            g.writeStartObject();
            g.writeStringField("pathway", p.pathway().name());
            g.writeStringField("status", p.status().name());
            criteria(g, p.criteria());
            if (!p.notes().isEmpty()) {
                strings(g, "notes", p.notes());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingInformation");
        for (MissingInformation m : r.missingInformation()) {
            g.writeStartObject();
            g.writeStringField("field", m.field());
            strings(g, "pathways", m.pathways());
            if (m.question() != null) {
                g.writeStringField("question", m.question());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void criteria(JsonGenerator g, List<CriterionResult> criteria) throws IOException {
        g.writeArrayFieldStart("criteria");
        for (CriterionResult c : criteria) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("outcome", c.outcome().name());
            g.writeStringField("reason", c.reason());
            g.writeStringField("citation", c.citation());
            g.writeStringField("rule", c.rule());
            strings(g, "missing", c.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Reads a report written by {@link #write}; the input is trusted to follow the schema. */
    public static EligibilityReport read(JsonNode n) {
        JsonNode access = n.get("access");
        List<PathwayResult> pathways = new ArrayList<>();
        for (JsonNode p : n.get("pathways")) {
            pathways.add(new PathwayResult(Pathway.valueOf(p.get("pathway").textValue()),
                    Status.valueOf(p.get("status").textValue()), criteria(p.get("criteria")),
                    p.has("notes") ? strings(p.get("notes")) : List.of()));
        }
        List<MissingInformation> missing = new ArrayList<>();
        for (JsonNode m : n.get("missingInformation")) {
            missing.add(new MissingInformation(m.get("field").textValue(), strings(m.get("pathways")),
                    m.has("question") ? m.get("question").textValue() : null));
        }
        return new EligibilityReport(n.get("applicantId").textValue(),
                LocalDate.parse(n.get("evaluationDate").textValue()), n.get("rulesetVersion").textValue(),
                new AccessResult(Status.valueOf(access.get("status").textValue()), criteria(access.get("criteria"))),
                pathways, missing);
    }

    private static List<CriterionResult> criteria(JsonNode array) {
        List<CriterionResult> out = new ArrayList<>();
        for (JsonNode c : array) {
            out.add(new CriterionResult(c.get("id").textValue(), Outcome.valueOf(c.get("outcome").textValue()),
                    c.get("reason").textValue(), c.get("citation").textValue(), c.get("rule").textValue(),
                    c.has("missing") ? strings(c.get("missing")) : List.of()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.textValue()));
        return out;
    }
}
