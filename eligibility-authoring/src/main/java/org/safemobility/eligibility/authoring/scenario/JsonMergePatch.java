package org.safemobility.eligibility.authoring.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386), which turns a scenario's base and patch into its applicant: an object
 * patch merges key by key, a {@code null} member removes the key, any other patch (an array, a
 * scalar) replaces the target whole. Neither argument is changed.
 */
final class JsonMergePatch {

    private JsonMergePatch() {
    }

    /** {@code target} with {@code patch} applied; {@code target} may be null (absent). */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode merged = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                merged.remove(member.getKey());
            } else {
                merged.set(member.getKey(), apply(merged.get(member.getKey()), member.getValue()));
            }
        }
        return merged;
    }
}
