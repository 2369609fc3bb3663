package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's field path ({@code usRelatives[0].i130.status}) on the applicant's JSON tree: puts
 * an answer there, creating the objects on the way. A path names an existing list entry only: the
 * interview asks the whole list before the fields of its entries.
 */
final class FieldPath {

    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})])?");

    private FieldPath() {
    }

    /**
     * Puts {@code value} at {@code path} in {@code root}.
     *
     * @throws IllegalArgumentException when the path is malformed or names an entry that is not there
     */
    static void put(ObjectNode root, String path, JsonNode value) {
        List<Matcher> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("malformed field path");
            }
            steps.add(m);
        }
        ObjectNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            Matcher step = steps.get(i);
            String name = step.group(1);
            boolean last = i == steps.size() - 1;
            if (step.group(2) == null) {
                if (last) {
                    node.set(name, value);
                    return;
                }
                JsonNode next = node.get(name);
                node = next instanceof ObjectNode o ? o : node.putObject(name);
            } else {
                JsonNode list = node.get(name);
                int index = Integer.parseInt(step.group(2));
                if (!(list instanceof ArrayNode entries) || index >= entries.size()
                        || !(entries.get(index) instanceof ObjectNode entry) || last) {
                    throw new IllegalArgumentException("field path names no list entry");
                }
                node = entry;
            }
        }
    }
}
