package org.safemobility.eligibility.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/** Applicants and reports as JSON trees: pretty text for messages, field paths, removing an answer. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonTree {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

    /** Answers that are not questions a screening could leave open: identity, and the key of a relative. */
    private static final Set<String> NOT_ANSWERS = Set.of("id", "office", "applicationDate");

    private JsonTree() {
    }

    public static JsonNode of(Applicant applicant) {
        return parse(EligibilityJson.writeApplicant(applicant));
    }

    public static String pretty(Applicant applicant) {
        return pretty(EligibilityJson.writeApplicant(applicant));
    }

    public static String pretty(EligibilityReport report) {
        return EligibilityJson.writeReport(report, true);
    }

    public static String pretty(String json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote JSON it cannot read back", e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote JSON it cannot read back", e);
        }
    }

    /**
     * Every answer of an applicant that could be left unanswered, as a field path in the policy's
     * notation ({@code residence.arrivalDate}, {@code usRelatives[1].i130.status}). Not answers:
     * {@code id}, {@code office}, {@code applicationDate}, a relative's {@code relationship} (both
     * required), and a relative's {@code i130}, whose absence is itself an answer (no petition).
     */
    public static void collectAnswers(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                boolean answer = !(path.isEmpty() && NOT_ANSWERS.contains(e.getKey()))
                        && !e.getKey().equals("relationship") && !e.getKey().equals("i130");
                if (answer) {
                    out.add(child);
                }
                collectAnswers(e.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isContainerNode()) {
                    collectAnswers(node.get(i), path + "[" + i + "]", out);
                }
            }
        }
    }

    /** A copy of {@code root} without the answer at {@code path} (one of {@link #collectAnswers}). */
    public static JsonNode without(JsonNode root, String path) {
        JsonNode copy = root.deepCopy();
        String[] steps = path.split("\\.");
        JsonNode node = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        ((ObjectNode) node).remove(steps[steps.length - 1]);
        return copy;
    }

    /** Whether the applicant leaves the answer at {@code path} open (it, or an object or list above it, is absent). */
    public static boolean isAbsent(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            node = step(node, step);
            if (node == null || node.isNull() || node.isMissingNode()) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode step(JsonNode node, String step) {
        Matcher m = STEP.matcher(step);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a field path step: " + step);
        }
        JsonNode child = node.get(m.group(1));
        if (m.group(2) == null || child == null) {
            return child;
        }
        return child.get(Integer.parseInt(m.group(2)));
    }
}
