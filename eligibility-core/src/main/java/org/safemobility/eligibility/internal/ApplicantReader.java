package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.model.Applicant;

/**
 * The one way in for an applicant's JSON: {@code applicant.schema.json} for its structure
 * ({@link ApplicantSchema}), databind into the model records ({@link ApplicantBinding}), then
 * the checks of values the schema cannot express ({@link ApplicantValidator}), the same checks an
 * applicant built in code gets.
 *
 * <p>A valid applicant takes the fast path: databind, whose types are as strict as the schema's,
 * and the value checks. Only when that finds a problem does the schema validator run, to list
 * every violation by field path in the contract's order (a value with a violation is left out so the
 * rest can still be checked). {@code BoundaryProperties} checks that the fast path accepts exactly
 * what the schema and the value checks accept.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ApplicantReader {

    private ApplicantReader() {
    }

    /**
     * Reads and validates one applicant.
     *
     * @throws InvalidApplicantException listing every violation
     */
    public static Applicant read(JsonNode node) {
        Applicant applicant = fast(node);
        if (applicant != null) {
            return applicant;
        }
        throw new InvalidApplicantException(idOf(node), capped(violations(node)));
    }

    /**
     * The applicant of valid JSON text, bound straight from the text, or {@code null} when the
     * text has any problem (malformed, beyond the {@link Limits}, a null, a wrong type or value):
     * then the caller reads the tree ({@link Json#parse}, {@link #read(JsonNode)}), which says what
     * and where. Accepts exactly what that path accepts; skips building a tree for valid input.
     */
    public static Applicant readIfValid(String json) {
        // Databind reads a null as absent, which the contract refuses; text without the word
        // "null" holds no null (a string that merely contains it takes the reporting path, which is
        // exact, only slower).
        if (json.length() > Limits.MAX_APPLICANT_CHARS || json.contains("null")) {
            return null;
        }
        Applicant applicant;
        try (JsonParser parser = Json.INPUT.getFactory().createParser(json)) {
            applicant = ApplicantBinding.bind(parser);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return ApplicantValidator.check(applicant, null).isEmpty() ? applicant : null;
    }

    /** The applicant of a valid tree, or {@code null} when the tree has any problem. */
    private static Applicant fast(JsonNode node) {
        if (node == null || ApplicantBinding.holdsNull(node)) {
            return null;
        }
        Applicant applicant;
        try {
            applicant = ApplicantBinding.bind(node);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return applicant != null && ApplicantValidator.check(applicant, null).isEmpty() ? applicant : null;
    }

    /**
     * Every violation of one applicant's JSON tree, in the contract's order, each field and code once
     * (uncapped); empty when it is valid.
     */
    static List<Violation> violations(JsonNode node) {
        List<Violation> found = new ArrayList<>();
        JsonNode rest = node == null ? null : node.deepCopy();
        if (rest != null) {
            tooLarge(rest, "", found); // such a list is not read at all, as in an applicant built in code
        }
        boolean whole = true;
        for (ApplicantSchema.Finding f : ApplicantSchema.check(rest)) {
            found.add(f.violation());
            if (f.at() != null) {
                whole &= leaveOut(rest, f.at());
            }
        }
        if (whole && rest != null && rest.isObject()) {
            Applicant applicant = bindWhatIsLeft(rest, found);
            if (applicant != null) {
                found.addAll(ApplicantValidator.check(applicant, null));
            }
        }
        return ordered(found);
    }

    /** Leaves out each list longer than {@link Limits#MAX_LIST_ITEMS}, with a violation. */
    private static void tooLarge(JsonNode node, String path, List<Violation> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!ApplicantSchema.PLAIN_NAME.matcher(field.getKey()).matches()) {
                    continue; // no property of the contract: the schema reports it without its name
                }
                String p = FieldPath.child(path, field.getKey());
                if (field.getValue().isArray() && field.getValue().size() > Limits.MAX_LIST_ITEMS) {
                    found.add(new Violation(p, Codes.TOO_LARGE, p + " holds more than " + Limits.MAX_LIST_ITEMS + " items."));
                    fields.remove();
                } else {
                    tooLarge(field.getValue(), p, found);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tooLarge(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    /**
     * Binds the tree after the schema's findings were left out; a value databind still refuses
     * (a date the schema's format accepts but the calendar does not) is reported and left out too.
     */
    private static Applicant bindWhatIsLeft(JsonNode rest, List<Violation> found) {
        for (int attempt = 0; attempt <= Limits.MAX_VIOLATIONS; attempt++) {
            try {
                return ApplicantBinding.bind(rest);
            } catch (JsonMappingException e) {
                List<Object> at = new ArrayList<>();
                for (JsonMappingException.Reference r : e.getPath()) {
                    at.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
                }
                if (at.isEmpty()) {
                    return null;
                }
                String p = FieldPath.of(at);
                JsonNode value = ApplicantSchema.nodeAt(rest, at);
                boolean date = e instanceof InvalidFormatException f && f.getTargetType() == LocalDate.class;
                // the schema's additionalProperties should have caught it; networknt passes over some names
                found.add(e instanceof UnrecognizedPropertyException ? new Violation(p, Codes.UNKNOWN_PROPERTY,
                        p.endsWith(ApplicantSchema.UNNAMED)
                                ? "The contract defines no such property here (its name is not repeated: "
                                        + "it is not a plain identifier)."
                                : "The contract defines no such property here.")
                        : date && value != null && value.isTextual()
                        ? new Violation(p, Codes.MALFORMED_DATE, p + " must be a calendar date written YYYY-MM-DD.")
                        : new Violation(p, Codes.WRONG_TYPE, p + " does not have the type the contract gives it."));
                if (!leaveOut(rest, at)) {
                    return null;
                }
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Removes the value at {@code at} from the tree; a list with a broken item goes as a whole, so
     * that positions stay honest. {@code false} when nothing of the applicant is left.
     */
    private static boolean leaveOut(JsonNode root, List<Object> at) {
        List<Object> where = new ArrayList<>(at);
        while (!where.isEmpty() && where.get(where.size() - 1) instanceof Integer) {
            where.remove(where.size() - 1);
        }
        if (where.isEmpty()) {
            return false;
        }
        JsonNode parent = ApplicantSchema.nodeAt(root, where.subList(0, where.size() - 1));
        Object last = where.get(where.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.remove((String) last);
        } else if (parent instanceof ArrayNode) {
            // the list that holds it goes whole
            return leaveOut(root, where.subList(0, where.size() - 1));
        }
        return true;
    }

    /**
     * In the contract's order of fields ({@link ApplicantSchema#CONTRACT_ORDER}), each field and
     * code once.
     */
    private static List<Violation> ordered(List<Violation> found) {
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Violation::field, ApplicantSchema.CONTRACT_ORDER));
        Set<String> wrongType = new HashSet<>();
        Set<String> broken = new HashSet<>();
        for (Violation v : sorted) {
            if (Codes.WRONG_TYPE.equals(v.code())) {
                wrongType.add(v.field());
            }
            if (!Codes.REQUIRED.equals(v.code())) {
                broken.add(v.field());
            }
        }
        Set<String> seen = new HashSet<>();
        List<Violation> out = new ArrayList<>(sorted.size());
        for (Violation v : sorted) {
            // a value of the wrong type breaks no other rule; a value present but broken is not missing
            boolean hidden = wrongType.contains(v.field()) && !Codes.WRONG_TYPE.equals(v.code())
                    || Codes.REQUIRED.equals(v.code()) && broken.contains(v.field());
            if (!hidden && seen.add(v.field() + " " + v.code())) {
                out.add(v);
            }
        }
        return out;
    }

    /** The applicant id of a JSON object, when it has a valid one; else {@code null}. */
    public static String idOf(JsonNode node) {
        if (node != null && node.isObject() && node.get("id") != null && node.get("id").isTextual()) {
            String id = node.get("id").textValue();
            return ApplicantValidator.validId(id) ? id : null;
        }
        return null;
    }

    /** At most {@link Limits#MAX_VIOLATIONS}, and then one more that says so. */
    static List<Violation> capped(List<Violation> all) {
        if (all.size() <= Limits.MAX_VIOLATIONS) {
            return all;
        }
        List<Violation> out = new ArrayList<>(all.subList(0, Limits.MAX_VIOLATIONS));
        out.add(new Violation("", Codes.TOO_MANY_VIOLATIONS, (all.size() - Limits.MAX_VIOLATIONS)
                + " more violations are not listed; the first " + Limits.MAX_VIOLATIONS + " are."));
        return out;
    }

    /**
     * The calendar date a {@code YYYY-MM-DD} string (ASCII digits) names, or {@code null} when it
     * has another shape or names no date (2023-02-30). Read by hand: LocalDate.parse and a regular
     * expression cost more than the rest of reading an applicant.
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // a well-shaped string that is no calendar date
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
