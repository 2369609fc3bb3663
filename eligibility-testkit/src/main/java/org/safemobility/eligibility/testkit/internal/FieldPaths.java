package org.safemobility.eligibility.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Reading and writing an applicant's JSON tree at a report's field path
 * ({@code usRelatives[0].i130.status}). What a list's answer gives of each entry is the question's
 * ({@link org.safemobility.eligibility.interview.Question#entries()}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FieldPaths {

    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

    private FieldPaths() {
    }

    /** The value at {@code path}, or null when it or anything above it is absent. */
    public static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.split("\\.")) {
            Matcher m = step(step);
            node = node.get(m.group(1));
            if (node != null && m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    /**
     * Sets {@code value} at {@code path}, creating the objects above it; a list entry named by its
     * position must exist already (the list is answered before its entries' fields are asked).
     */
    public static void set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            Matcher m = step(steps[i]);
            if (m.group(2) == null) {
                JsonNode child = node.get(m.group(1));
                node = child instanceof ObjectNode o ? o : node.putObject(m.group(1));
            } else {
                JsonNode list = node.get(m.group(1));
                JsonNode entry = list == null ? null : list.get(Integer.parseInt(m.group(2)));
                if (!(entry instanceof ObjectNode o)) {
                    throw new IllegalStateException("asked " + path + " before its list entry was answered");
                }
                node = o;
            }
        }
        Matcher last = step(steps[steps.length - 1]);
        if (last.group(2) != null) {
            throw new IllegalStateException("a field path ends in a list position: " + path);
        }
        node.set(last.group(1), value);
    }

    private static Matcher step(String step) {
        Matcher m = STEP.matcher(step);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a field path step: " + step);
        }
        return m;
    }
}
