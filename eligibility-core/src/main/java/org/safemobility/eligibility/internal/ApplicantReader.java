package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.SecurityConcern;
import org.safemobility.eligibility.model.TemporaryNeed;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;

/**
 * Reads an applicant from a JSON tree exactly as {@code applicant.schema.json} allows, collecting
 * every violation (a field with a violation is treated as absent so the rest can still be checked).
 */
public final class ApplicantReader {


    /**
     * An unknown property's name is input: it is repeated in a field path only when it is a plain
     * identifier, so a name cannot carry a line break into a log line, or a value into a message.
     */
    private static final Pattern PLAIN_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");

    /** Stands for an unknown property whose name is not repeated. */
    static final String UNNAMED = "<property>";

    private static final Set<String> APPLICANT_FIELDS = Set.of("id", "office", "applicationDate", "dateOfBirth",
            "nationalities", "maritalStatus", "residence", "protection", "passportExpiryDate", "usRelatives",
            "usHistory", "employment");
    private static final Set<String> RESIDENCE_FIELDS = Set.of("country", "status", "arrivalDate",
            "asylumRegistrationDate", "appliedForRegularization");
    private static final Set<String> PROTECTION_FIELDS = Set.of("pastPersecution", "fearOfPersecution", "grounds",
            "participatedInPersecution", "firmResettlementOffer", "securityConcerns");
    private static final Set<String> RELATIVE_FIELDS = Set.of("relationship", "status", "dateOfBirth",
            "pendingSince", "frpInvitation", "i130");
    private static final Set<String> I130_FIELDS = Set.of("status", "category", "role", "principalNationality");
    private static final Set<String> HISTORY_FIELDS = Set.of("immigrantVisaIssued", "irregularEntryDates",
            "interdictionDates", "removalOrderDates");
    private static final Set<String> EMPLOYMENT_FIELDS = Set.of("education", "experienceYears", "jobOffers");
    private static final Set<String> OFFER_FIELDS = Set.of("kind", "usEmployer", "temporaryNeed", "durationMonths",
            "laborCertification", "capExempt", "capSelected");

    private final List<Violation> violations = new ArrayList<>();

    private ApplicantReader() {
    }

    /**
     * Reads and validates one applicant.
     *
     * @throws InvalidApplicantException listing every violation
     */
    public static Applicant read(JsonNode node) {
        ApplicantReader reader = new ApplicantReader();
        Applicant applicant = reader.applicant(node);
        List<Violation> all = new ArrayList<>(reader.violations);
        if (applicant != null) {
            all.addAll(ApplicantValidator.check(applicant, null));
        }
        if (!all.isEmpty()) {
            throw new InvalidApplicantException(idOf(node), capped(dedupe(all)));
        }
        return applicant;
    }

    /** The applicant id of a JSON object, when it has a valid one; else {@code null}. */
    public static String idOf(JsonNode node) {
        if (node != null && node.isObject() && node.get("id") != null && node.get("id").isTextual()) {
            String id = node.get("id").textValue();
            return ApplicantValidator.validId(id) ? id : null;
        }
        return null;
    }

    private static List<Violation> dedupe(List<Violation> all) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(all));
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

    private Applicant applicant(JsonNode node) {
        if (!object(node, "", APPLICANT_FIELDS)) {
            return null;
        }
        String id = text(node, "", "id");
        Office office = enumValue(node, "", "office", Office.class);
        if (node.get("id") == null) {
            violations.add(new Violation("id", Codes.REQUIRED, "id is required."));
        }
        if (node.get("office") == null) {
            violations.add(new Violation("office", Codes.REQUIRED, "office is required."));
        }
        return new Applicant(
                id,
                office,
                date(node, "", "applicationDate"),
                date(node, "", "dateOfBirth"),
                list(node, "", "nationalities", this::country),
                enumValue(node, "", "maritalStatus", MaritalStatus.class),
                child(node, "", "residence", RESIDENCE_FIELDS, (n, p) -> new Residence(
                        country(n, p, "country"),
                        enumValue(n, p, "status", ResidenceStatus.class),
                        date(n, p, "arrivalDate"),
                        date(n, p, "asylumRegistrationDate"),
                        bool(n, p, "appliedForRegularization"))),
                child(node, "", "protection", PROTECTION_FIELDS, (n, p) -> new Protection(
                        bool(n, p, "pastPersecution"),
                        bool(n, p, "fearOfPersecution"),
                        list(n, p, "grounds", (e, ep) -> enumItem(e, ep, ProtectionGround.class)),
                        bool(n, p, "participatedInPersecution"),
                        bool(n, p, "firmResettlementOffer"),
                        list(n, p, "securityConcerns", (e, ep) -> enumItem(e, ep, SecurityConcern.class)))),
                date(node, "", "passportExpiryDate"),
                list(node, "", "usRelatives", this::relative),
                child(node, "", "usHistory", HISTORY_FIELDS, (n, p) -> new UsHistory(
                        bool(n, p, "immigrantVisaIssued"),
                        list(n, p, "irregularEntryDates", this::dateItem),
                        list(n, p, "interdictionDates", this::dateItem),
                        list(n, p, "removalOrderDates", this::dateItem))),
                child(node, "", "employment", EMPLOYMENT_FIELDS, (n, p) -> new Employment(
                        enumValue(n, p, "education", Education.class),
                        integer(n, p, "experienceYears"),
                        list(n, p, "jobOffers", this::offer))));
    }

    private UsRelative relative(JsonNode n, String p) {
        if (!object(n, p, RELATIVE_FIELDS)) {
            return null;
        }
        if (n.get("relationship") == null) {
            violations.add(new Violation(p + ".relationship", Codes.REQUIRED, "relationship is required."));
        }
        return new UsRelative(
                enumValue(n, p, "relationship", Relationship.class),
                enumValue(n, p, "status", RelativeStatus.class),
                date(n, p, "dateOfBirth"),
                date(n, p, "pendingSince"),
                bool(n, p, "frpInvitation"),
                child(n, p, "i130", I130_FIELDS, (c, cp) -> new I130(
                        enumValue(c, cp, "status", I130Status.class),
                        enumValue(c, cp, "category", PreferenceCategory.class),
                        enumValue(c, cp, "role", PetitionRole.class),
                        country(c, cp, "principalNationality"))));
    }

    private JobOffer offer(JsonNode n, String p) {
        if (!object(n, p, OFFER_FIELDS)) {
            return null;
        }
        return new JobOffer(
                enumValue(n, p, "kind", JobKind.class),
                bool(n, p, "usEmployer"),
                enumValue(n, p, "temporaryNeed", TemporaryNeed.class),
                integer(n, p, "durationMonths"),
                enumValue(n, p, "laborCertification", LaborCertification.class),
                bool(n, p, "capExempt"),
                bool(n, p, "capSelected"));
    }

    // --- structure -------------------------------------------------------------------------

    private static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    private boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            violations.add(new Violation(path, Codes.WRONG_TYPE, describe(path) + " must be a JSON object."));
            return false;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                boolean plain = PLAIN_NAME.matcher(name).matches();
                violations.add(new Violation(path(path, plain ? name : UNNAMED), Codes.UNKNOWN_PROPERTY,
                        plain ? "The contract defines no such property here."
                                : "The contract defines no such property here (its name is not repeated: "
                                        + "it is not a plain identifier)."));
            }
        }
        return true;
    }

    private <T> T child(JsonNode parent, String parentPath, String field, Set<String> allowed,
                        BiFunction<JsonNode, String, T> reader) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        String p = path(parentPath, field);
        return object(n, p, allowed) ? reader.apply(n, p) : null;
    }

    private <T> List<T> list(JsonNode parent, String parentPath, String field, BiFunction<JsonNode, String, T> item) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        String p = path(parentPath, field);
        if (!n.isArray()) {
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be a JSON array."));
            return null;
        }
        if (n.size() > Limits.MAX_LIST_ITEMS) {
            violations.add(new Violation(p, Codes.TOO_LARGE,
                    p + " holds more than " + Limits.MAX_LIST_ITEMS + " items."));
            return null;
        }
        List<T> out = new ArrayList<>(n.size());
        boolean complete = true;
        for (int i = 0; i < n.size(); i++) {
            T value = item.apply(n.get(i), p + "[" + i + "]");
            if (value == null) {
                complete = false;
            } else {
                out.add(value);
            }
        }
        // A list with a broken item is reported, never evaluated: keep indexes honest.
        return complete ? out : null;
    }

    private static String describe(String path) {
        return path.isEmpty() ? "The applicant" : path;
    }

    // --- scalars ---------------------------------------------------------------------------

    private String text(JsonNode parent, String parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        String p = path(parentPath, field);
        if (!n.isTextual()) {
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be a string."));
            return null;
        }
        return n.textValue();
    }

    private Boolean bool(JsonNode parent, String parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            String p = path(parentPath, field);
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be true or false."));
            return null;
        }
        return n.booleanValue();
    }

    private Integer integer(JsonNode parent, String parentPath, String field) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return null;
        }
        String p = path(parentPath, field);
        if (!n.isNumber() || !n.canConvertToExactIntegral()) {
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be a whole number."));
            return null;
        }
        if (!n.canConvertToInt()) {
            violations.add(new Violation(p, Codes.OUT_OF_RANGE, p + " is out of range."));
            return null;
        }
        return n.asInt();
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String parentPath, String field, Class<E> type) {
        JsonNode n = parent.get(field);
        return n == null ? null : enumItem(n, path(parentPath, field), type);
    }

    private <E extends Enum<E>> E enumItem(JsonNode n, String p, Class<E> type) {
        if (!n.isTextual()) {
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be a string."));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(n.textValue())) {
                return constant;
            }
        }
        violations.add(new Violation(p, Codes.NOT_IN_ENUM, p + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + "."));
        return null;
    }

    private LocalDate date(JsonNode parent, String parentPath, String field) {
        JsonNode n = parent.get(field);
        return n == null ? null : dateItem(n, path(parentPath, field));
    }

    private LocalDate dateItem(JsonNode n, String p) {
        if (!n.isTextual()) {
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be a date string (YYYY-MM-DD)."));
            return null;
        }
        LocalDate date = isoDate(n.textValue());
        if (date != null) {
            return date;
        }
        violations.add(new Violation(p, Codes.MALFORMED_DATE, p + " must be a calendar date written YYYY-MM-DD."));
        return null;
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

    private String country(JsonNode parent, String parentPath, String field) {
        JsonNode n = parent.get(field);
        return n == null ? null : country(n, path(parentPath, field));
    }

    private String country(JsonNode n, String p) {
        if (!n.isTextual()) {
            violations.add(new Violation(p, Codes.WRONG_TYPE, p + " must be a string."));
            return null;
        }
        String code = n.textValue();
        String problem = ApplicantValidator.countryProblem(code);
        if (problem != null) {
            violations.add(new Violation(p, problem, ApplicantValidator.countryMessage(p, problem)));
            return null;
        }
        return code;
    }
}
