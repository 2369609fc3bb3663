package org.safemobility.eligibility.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/** Compares a report with hand-written expectations and lists every difference. */
final class ReportExpectations {

    private ReportExpectations() {
    }

    /** The criterion results with this ID: the access one, or one per pathway (SMO-ACCESS: all six). */
    static List<CriterionResult> find(EligibilityReport report, String id) {
        List<CriterionResult> found = new ArrayList<>();
        report.access().criteria().stream().filter(c -> c.id().equals(id)).forEach(found::add);
        for (PathwayResult p : report.pathways()) {
            p.criteria().stream().filter(c -> c.id().equals(id)).forEach(found::add);
        }
        return found;
    }

    static List<String> differences(EligibilityReport report, JsonNode expect) {
        List<String> diffs = new ArrayList<>();
        if (expect.has("access") && !report.access().status().name().equals(expect.get("access").textValue())) {
            diffs.add("access: expected " + expect.get("access").textValue() + " but was " + report.access().status());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("pathways").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            PathwayResult p = report.pathways().stream().filter(x -> x.pathway().name().equals(e.getKey()))
                    .findFirst().orElse(null);
            if (p == null) {
                diffs.add("pathway " + e.getKey() + " is not in the report");
            } else if (!p.status().name().equals(e.getValue().textValue())) {
                diffs.add(e.getKey() + ": expected " + e.getValue().textValue() + " but was " + p.status());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("criteria").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<CriterionResult> found = find(report, e.getKey());
            if (found.isEmpty()) {
                diffs.add(e.getKey() + ": not in the report");
            }
            for (CriterionResult c : found) {
                if (!c.outcome().name().equals(e.getValue().textValue())) {
                    diffs.add(e.getKey() + ": expected " + e.getValue().textValue() + " but was " + c.outcome()
                            + " (" + c.reason() + " " + c.missing() + ")");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("missing").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> expected = new ArrayList<>();
            e.getValue().forEach(v -> expected.add(v.textValue()));
            for (CriterionResult c : find(report, e.getKey())) {
                if (!c.missing().equals(expected)) {
                    diffs.add(e.getKey() + " missing: expected " + expected + " but was " + c.missing());
                }
            }
        }
        if (expect.has("missingInformation")) {
            List<String> expected = new ArrayList<>();
            for (JsonNode m : expect.get("missingInformation")) {
                List<String> pathways = new ArrayList<>();
                m.get("pathways").forEach(v -> pathways.add(v.textValue()));
                expected.add(m.get("field").textValue() + " " + pathways);
            }
            List<String> actual = new ArrayList<>();
            for (MissingInformation m : report.missingInformation()) {
                actual.add(m.field() + " " + m.pathways());
            }
            if (!actual.equals(expected)) {
                diffs.add("missingInformation: expected " + expected + " but was " + actual);
            }
        }
        return diffs;
    }
}
