package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;

/**
 * The published {@code applicant.schema.json}, run by networknt's validator, with each of its
 * findings mapped to the project's violation codes and messages. A message names the field path
 * and the rule broken (read off the schema), never the value.
 */
final class ApplicantSchema {

    private static final String RESOURCE = "/org/safemobility/eligibility/schema/applicant.schema.json";

    /**
     * An unknown property's name is input: it is repeated in a field path only when it is a plain
     * identifier, so a name cannot carry a line break into a log line, or a value into a message.
     */
    static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");

    /** Stands for an unknown property whose name is not repeated. */
    static final String UNNAMED = "<property>";

    private static final JsonNode DOCUMENT = load();
    private static final String COUNTRY_PATTERN = DOCUMENT.path("$defs").path("country").path("pattern").asText();
    private static final Pattern COUNTRY_SHAPE = Pattern.compile(COUNTRY_PATTERN);

    /**
     * One finding: the violation, and where the offending value sits in the tree (names and list
     * positions), so a reader can leave it out and check the rest; {@code at} is {@code null} when
     * there is nothing to leave out (a missing property, a repeated item).
     */
    record Finding(Violation violation, List<Object> at) {
    }

    /** Compiled on first use: a run of valid applicants never needs it (nor its start-up cost). */
    private static final class Compiled {
        static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(withoutId(DOCUMENT), SchemaValidatorsConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .build());
    }

    private ApplicantSchema() {
    }

    /** Every finding of the schema on one applicant's JSON tree. */
    static List<Finding> check(JsonNode node) {
        List<Finding> out = new ArrayList<>();
        for (ValidationMessage m : Compiled.SCHEMA.validate(node)) {
            map(m, node, out);
        }
        if (node != null) {
            unassigned(node, new ArrayList<>(), out);
        }
        return out;
    }

    /**
     * Country codes of the right shape that name no country ({@link ApplicantValidator} decides).
     * Checked here too, not only on the bound applicant, because a list with a broken item is left
     * out of binding, and its other codes must still be reported, as for an applicant built in code.
     */
    private static void unassigned(JsonNode node, List<Object> at, List<Finding> out) {
        if (node.isTextual()) {
            String problem = Codes.UNASSIGNED_COUNTRY;
            if (COUNTRY_PATTERN.equals(subschema(at).path("pattern").asText())
                    && COUNTRY_SHAPE.matcher(node.textValue()).matches()
                    && problem.equals(ApplicantValidator.countryProblem(node.textValue()))) {
                String p = FieldPath.of(at);
                out.add(new Finding(new Violation(p, problem, ApplicantValidator.countryMessage(p, problem)), List.copyOf(at)));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                at.add(e.getKey());
                unassigned(e.getValue(), at, out);
                at.remove(at.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                at.add(i);
                unassigned(node.get(i), at, out);
                at.remove(at.size() - 1);
            }
        }
    }

    private static void map(ValidationMessage m, JsonNode root, List<Finding> out) {
        List<Object> at = segments(m.getInstanceLocation());
        String p = FieldPath.of(at);
        JsonNode sub = subschema(at);
        JsonNode value = nodeAt(root, at);
        switch (m.getType()) {
            case "additionalProperties" -> {
                String name = m.getProperty();
                boolean plain = name != null && PLAIN_NAME.matcher(name).matches();
                List<Object> where = new ArrayList<>(at);
                where.add(name);
                out.add(new Finding(new Violation(FieldPath.child(p, plain ? name : UNNAMED), Codes.UNKNOWN_PROPERTY,
                        plain ? "The contract defines no such property here."
                                : "The contract defines no such property here (its name is not repeated: "
                                        + "it is not a plain identifier)."), where));
            }
            case "required" -> {
                String name = m.getProperty();
                out.add(new Finding(new Violation(FieldPath.child(p, name), Codes.REQUIRED, name + " is required."), null));
            }
            case "type" -> out.add(new Finding(wrongType(p, sub), at));
            case "enum" -> out.add(new Finding(value == null || !value.isTextual()
                    ? new Violation(p, Codes.WRONG_TYPE, p + " must be a string.")
                    : new Violation(p, Codes.NOT_IN_ENUM, p + " must be one of " + enumList(sub) + "."), at));
            case "pattern" -> out.add(new Finding(pattern(p, sub, value), at));
            case "format" -> out.add(new Finding(new Violation(p, Codes.MALFORMED_DATE,
                    p + " must be a calendar date written YYYY-MM-DD."), at));
            case "minimum", "maximum" -> out.add(new Finding(new Violation(p, Codes.OUT_OF_RANGE,
                    p + " must be from " + sub.path("minimum").asText() + " to " + sub.path("maximum").asText() + "."), at));
            case "uniqueItems" -> repeated(p, value, out);
            default -> out.add(new Finding(new Violation(p, Codes.WRONG_TYPE,
                    describe(p) + " breaks the contract's " + m.getType() + " rule."), at));
        }
    }

    private static Violation wrongType(String p, JsonNode sub) {
        String type = sub.path("type").asText();
        String message = switch (type) {
            case "object" -> describe(p) + " must be a JSON object.";
            case "array" -> p + " must be a JSON array.";
            case "boolean" -> p + " must be true or false.";
            case "integer" -> p + " must be a whole number.";
            case "string" -> "date".equals(sub.path("format").asText())
                    ? p + " must be a date string (YYYY-MM-DD)." : p + " must be a string.";
            default -> p + " has the wrong type.";
        };
        return new Violation(p, Codes.WRONG_TYPE, message);
    }

    private static Violation pattern(String p, JsonNode sub, JsonNode value) {
        if (COUNTRY_PATTERN.equals(sub.path("pattern").asText()) && value != null && value.isTextual()) {
            String problem = ApplicantValidator.countryProblem(value.textValue());
            if (problem != null) {
                return new Violation(p, problem, ApplicantValidator.countryMessage(p, problem));
            }
        }
        return new Violation(p, Codes.PATTERN, "id".equals(p)
                ? "id must be 1 to 64 letters, digits, '.', '_' or '-'."
                : p + " does not have the form the contract requires.");
    }

    /** {@code uniqueItems}: each item equal to an earlier one, by its position. */
    private static void repeated(String p, JsonNode list, List<Finding> out) {
        if (list == null || !list.isArray()) {
            return;
        }
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!seen.add(list.get(i))) {
                out.add(new Finding(new Violation(p + "[" + i + "]", Codes.DUPLICATE_ITEM,
                        p + " must not hold the same item twice."), null));
            }
        }
    }

    private static String enumList(JsonNode sub) {
        List<String> names = new ArrayList<>();
        sub.path("enum").forEach(n -> names.add(n.asText()));
        return names.toString();
    }

    private static String describe(String path) {
        return path.isEmpty() ? "The applicant" : path;
    }

    /**
     * Orders field paths as the contract lists its fields (an object before its fields, unknown
     * properties before the known ones, list items by position), which is the order of the model's
     * components and so of the checks of an applicant built in code.
     */
    static final Comparator<String> CONTRACT_ORDER = (a, b) -> {
        List<Integer> x = rank(a);
        List<Integer> y = rank(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|([^.\\[]+)");

    private static List<Integer> rank(String path) {
        List<Integer> out = new ArrayList<>();
        JsonNode node = resolve(DOCUMENT);
        Matcher m = SEGMENT.matcher(path);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(Integer.parseInt(m.group(1)));
                node = resolve(node.path("items"));
            } else {
                int i = 0;
                int found = -1;
                for (Iterator<String> names = node.path("properties").fieldNames(); names.hasNext(); i++) {
                    if (names.next().equals(m.group(2))) {
                        found = i;
                    }
                }
                out.add(found);
                node = resolve(node.path("properties").path(m.group(2)));
            }
        }
        return out;
    }

    /** The subschema that applies at an instance location, following {@code $ref}s to {@code $defs}. */
    private static JsonNode subschema(List<Object> at) {
        JsonNode node = resolve(DOCUMENT);
        for (Object segment : at) {
            node = resolve(segment instanceof Integer ? node.path("items") : node.path("properties").path((String) segment));
        }
        return node;
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        while (node.has("$ref")) {
            node = DOCUMENT.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    static JsonNode nodeAt(JsonNode root, List<Object> at) {
        JsonNode node = root;
        for (Object segment : at) {
            if (node == null) {
                return null;
            }
            node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
        }
        return node;
    }

    private static List<Object> segments(JsonNodePath path) {
        List<Object> out = new ArrayList<>(path.getNameCount());
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    /** The contract's {@code $id} is relative, which the validator refuses as a base; nothing refers to it. */
    /** The schema document as published (read-only by convention: callers must not change it). */
    static JsonNode document() {
        return DOCUMENT;
    }

    private static JsonNode withoutId(JsonNode document) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = document.deepCopy();
        copy.remove("$id");
        return copy;
    }

    private static JsonNode load() {
        try (InputStream in = ApplicantSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("applicant.schema.json is missing from the eligibility-core jar");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("applicant.schema.json cannot be read", e);
        }
    }
}
