package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/** Writes and reads reports in the field order of {@code report.schema.json}. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportJson {

    private ReportJson() {
    }

    public static void write(JsonGenerator g, EligibilityReport r) throws IOException {
        g.writeStartObject();
        g.writeFieldName(APPLICANT_ID);
        g.writeString(r.applicantId());
        g.writeFieldName(EVALUATION_DATE);
        g.writeString(r.evaluationDate().toString());
        g.writeFieldName(RULESET_VERSION);
        g.writeString(encoded(r.rulesetVersion()));
        g.writeFieldName(LANGUAGE);
        g.writeString(r.language());
        g.writeFieldName(ACCESS);
        g.writeStartObject();
        g.writeFieldName(STATUS);
        g.writeString(STATUSES[r.access().status().ordinal()]);
        criteria(g, r.access().criteria());
        g.writeEndObject();
        g.writeFieldName(PATHWAYS);
        g.writeStartArray();
        for (PathwayResult p : r.pathways()) {
            g.writeStartObject();
            g.writeFieldName(PATHWAY);
            g.writeString(PATHWAY_NAMES[p.pathway().ordinal()]);
            g.writeFieldName(STATUS);
            g.writeString(STATUSES[p.status().ordinal()]);
            criteria(g, p.criteria());
            if (!p.notes().isEmpty()) {
                strings(g, NOTES, p.notes());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(MISSING_INFORMATION);
        g.writeStartArray();
        for (MissingInformation m : r.missingInformation()) {
            g.writeStartObject();
            g.writeFieldName(FIELD);
            g.writeString(m.field());
            strings(g, PATHWAYS, m.pathways());
            if (m.question() != null) {
                g.writeFieldName(QUESTION);
                g.writeString(m.question());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void criteria(JsonGenerator g, List<CriterionResult> criteria) throws IOException {
        g.writeFieldName(CRITERIA);
        g.writeStartArray();
        for (CriterionResult c : criteria) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(encoded(c.id()));
            g.writeFieldName(OUTCOME);
            g.writeString(OUTCOMES[c.outcome().ordinal()]);
            g.writeFieldName(REASON);
            g.writeString(c.reason());
            g.writeFieldName(CITATION);
            g.writeString(encoded(c.citation()));
            g.writeFieldName(RULE);
            g.writeString(encoded(c.rule()));
            strings(g, MISSING, c.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, SerializableString field, List<String> values) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /*
     * A report is mostly the same few hundred strings: field names, enum names, and each rule's
     * criterion ID, citation and name. Jackson writes a SerializedString from bytes it encoded
     * once, instead of checking every character for escapes on every report (the largest cost of
     * the CLI's output). Reasons vary with the applicant and are written as they are.
     */

    private static final SerializedString APPLICANT_ID = new SerializedString("applicantId");
    private static final SerializedString EVALUATION_DATE = new SerializedString("evaluationDate");
    private static final SerializedString RULESET_VERSION = new SerializedString("rulesetVersion");
    private static final SerializedString LANGUAGE = new SerializedString("language");
    private static final SerializedString ACCESS = new SerializedString("access");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString PATHWAYS = new SerializedString("pathways");
    private static final SerializedString PATHWAY = new SerializedString("pathway");
    private static final SerializedString NOTES = new SerializedString("notes");
    private static final SerializedString MISSING_INFORMATION = new SerializedString("missingInformation");
    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString QUESTION = new SerializedString("question");
    private static final SerializedString CRITERIA = new SerializedString("criteria");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString CITATION = new SerializedString("citation");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString MISSING = new SerializedString("missing");
    private static final SerializedString[] STATUSES = names(Status.values());
    private static final SerializedString[] OUTCOMES = names(Outcome.values());
    private static final SerializedString[] PATHWAY_NAMES = names(Pathway.values());

    /**
     * Criterion IDs, citations, rule names and rule-set versions seen so far. They come from the
     * rule sets an application loads, a few hundred strings each; the bound only keeps a process
     * that loads rule set after rule set from growing without end (past it, strings are encoded
     * on every write, as before).
     */
    private static final Map<String, SerializedString> ENCODED = new ConcurrentHashMap<>();
    private static final int MAX_ENCODED = 8_192;

    private static SerializableString encoded(String s) {
        SerializedString e = ENCODED.get(s);
        if (e == null) {
            e = new SerializedString(s);
            if (ENCODED.size() < MAX_ENCODED) {
                ENCODED.putIfAbsent(s, e);
            }
        }
        return e;
    }

    private static SerializedString[] names(Enum<?>[] values) {
        SerializedString[] out = new SerializedString[values.length];
        for (Enum<?> v : values) {
            out[v.ordinal()] = new SerializedString(v.name());
        }
        return out;
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
                n.has("language") ? n.get("language").textValue() : "en", // absent means English (report.schema.json)
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
