package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.safemobility.eligibility.interview.AnswerType;
import org.safemobility.eligibility.model.Applicant;

/**
 * The fields an applicant can be asked about, with the kind of answer each takes, read off the
 * applicant model (the Java form of {@code applicant.schema.json}) so that no list of fields is
 * kept by hand. A path in generic form writes list positions as {@code []}
 * ({@code usRelatives[].status}); a report's paths carry numbers ({@code usRelatives[0].status}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Fields {

    /**
     * One askable field.
     *
     * @param path      generic path
     * @param type      the answer it takes
     * @param enumType  the enum of an ENUM or ENUMS answer, or of a LIST entry's required field; else null
     * @param required  for a LIST, the field every entry must have (its options are {@code enumType}); else null
     * @param given     for a LIST, what each entry of the list's answer gives: the required field, and
     *                  each object of the entry whose mere presence the policy reads (an entry of
     *                  {@code usRelatives} with an {@code i130} is a petition, policy section 4), given
     *                  as an empty object that the entry's later questions fill; else empty
     */
    public record Field(String path, AnswerType type, Class<? extends Enum<?>> enumType, String required,
                        java.util.List<String> given) {

        Field(String path, AnswerType type, Class<? extends Enum<?>> enumType, String required) {
            this(path, type, enumType, required, java.util.List.of());
        }
    }

    /** Given, not asked: who the applicant is, where they register, and the date of the application. */
    private static final Set<String> NOT_ASKED = Set.of("id", "office", "applicationDate");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    // the schema first: reading the fields asks it which entry field each list requires
    private static final JsonNode SCHEMA = schema();
    private static final Map<String, Field> FIELDS = read();

    private Fields() {
    }

    /** Every askable field by generic path, in the contract's order. */
    public static Map<String, Field> all() {
        return FIELDS;
    }

    /** The field of a report path ({@code usRelatives[2].status}), or {@code null} if none. */
    public static Field of(String path) {
        return FIELDS.get(generic(path));
    }

    /** {@code usRelatives[2].status} as {@code usRelatives[].status}. */
    public static String generic(String path) {
        return path.indexOf('[') < 0 ? path : INDEX.matcher(path).replaceAll("[]");
    }

    /** Every enum the applicant model has, each once: what the catalogs must label. */
    public static Set<Class<? extends Enum<?>>> enums() {
        Map<Class<? extends Enum<?>>, Boolean> out = new LinkedHashMap<>();
        for (Field f : FIELDS.values()) {
            if (f.enumType() != null) {
                out.put(f.enumType(), true);
            }
        }
        return Collections.unmodifiableSet(out.keySet());
    }

    private static Map<String, Field> read() {
        Map<String, Field> out = new LinkedHashMap<>();
        walk(Applicant.class, "", out);
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static void walk(Class<?> record, String prefix, Map<String, Field> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + c.getName();
            if (prefix.isEmpty() && NOT_ASKED.contains(c.getName())) {
                continue;
            }
            Class<?> type = c.getType();
            if (type == java.util.List.class) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                Class<?> e = (Class<?>) element;
                if (e == LocalDate.class) {
                    out.put(path, new Field(path, AnswerType.DATES, null, null));
                } else if (e == String.class) {
                    out.put(path, new Field(path, AnswerType.COUNTRIES, null, null));
                } else if (e.isEnum()) {
                    out.put(path, new Field(path, AnswerType.ENUMS, (Class<? extends Enum<?>>) e, null));
                } else if (e.isRecord()) {
                    String required = requiredOfEntries(path);
                    Class<? extends Enum<?>> options = null;
                    java.util.List<String> given = new java.util.ArrayList<>();
                    if (required != null) {
                        given.add(required);
                    }
                    for (RecordComponent rc : e.getRecordComponents()) {
                        if (rc.getName().equals(required) && rc.getType().isEnum()) {
                            options = (Class<? extends Enum<?>>) rc.getType();
                        }
                        if (rc.getType().isRecord()) {
                            given.add(rc.getName());
                        }
                    }
                    out.put(path, new Field(path, AnswerType.LIST, options, required, java.util.List.copyOf(given)));
                    walk(e, path + "[].", out);
                    if (required != null) {
                        out.remove(path + "[]." + required); // given with the list
                    }
                }
            } else if (type.isRecord()) {
                walk(type, path + ".", out);
            } else if (type == LocalDate.class) {
                out.put(path, new Field(path, AnswerType.DATE, null, null));
            } else if (type == Boolean.class) {
                out.put(path, new Field(path, AnswerType.BOOLEAN, null, null));
            } else if (type == Integer.class) {
                out.put(path, new Field(path, AnswerType.INTEGER, null, null));
            } else if (type == String.class) {
                out.put(path, new Field(path, AnswerType.COUNTRY, null, null));
            } else if (type.isEnum()) {
                out.put(path, new Field(path, AnswerType.ENUM, (Class<? extends Enum<?>>) type, null));
            } else {
                throw new IllegalStateException("no answer type for " + path + " (" + type.getSimpleName() + ")");
            }
        }
    }

    /** The one field the contract requires of each entry of a list of objects, or null. */
    private static String requiredOfEntries(String listPath) {
        JsonNode node = SCHEMA;
        for (String part : listPath.split("\\.")) {
            node = node.path("properties").path(part);
        }
        JsonNode required = node.path("items").path("required");
        return required.isArray() && required.size() == 1 ? required.get(0).asText() : null;
    }

    private static JsonNode schema() {
        return ApplicantSchema.document();
    }
}
