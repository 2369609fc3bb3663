package org.safemobility.eligibility.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.facts.Answer;
import org.safemobility.eligibility.facts.AnswerList;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.Reason;
import org.safemobility.eligibility.facts.ValueList;
import org.safemobility.eligibility.interview.AnswerType;
import org.safemobility.eligibility.interview.Option;
import org.safemobility.eligibility.model.Office;

/**
 * One language's words: the reasons, notes, questions and value labels of a rule set's catalog
 * ({@code messages/<language>.properties}), parsed once and shared by every evaluation. Dates are
 * worded in the language's long form and countries by their names, both from the JDK's locale
 * data; everything else comes from the catalog.
 *
 * <p>The keys:
 * <ul>
 * <li>{@code reason.<key>.MET}, {@code .NOT_MET}, {@code .UNKNOWN} for every reason key (a
 *     criterion, or a rule's {@code @reason}); {@code .UNDECIDED} for an UNKNOWN with no answer
 *     missing, where a rule can reach one;</li>
 * <li>{@code candidate.PETITION}, {@code candidate.OFFER} (a petition's or offer's reason, given
 *     {@code {reason}}, {@code {index}}, {@code {number}}), {@code candidate.NO_PETITION},
 *     {@code candidate.NO_OFFER};</li>
 * <li>{@code note.PETITION}, {@code note.PETITIONS}, {@code note.OFFER}, {@code note.OFFERS} (which
 *     candidate a pathway shows, given {@code {index}}, {@code {number}}, {@code {count}});</li>
 * <li>{@code question.<field>} for every askable field (generic path, given {@code {number}} in a
 *     list entry);</li>
 * <li>{@code value.<Enum>.<CONSTANT>} for every constant of the applicant model's enums,
 *     {@code value.Boolean.true}, {@code value.Boolean.false}, {@code value.none};
 *     {@code list.or} (joins a policy's list: one of them) and {@code list.and} (joins the
 *     applicant's own answers).</li>
 * </ul>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Messages {

    /** Outcome keys of a reason; UNDECIDED is an UNKNOWN with nothing missing. */
    public static final List<String> OUTCOMES = List.of("MET", "NOT_MET", "UNKNOWN");
    public static final String UNDECIDED = "UNDECIDED";
    /** Placeholders every reason template may use. */
    public static final Set<String> REASON_PLACEHOLDERS = Set.of("date", "office", "missing");
    public static final Set<String> CANDIDATE_PLACEHOLDERS = Set.of("reason", "index", "number", "date", "office");
    public static final Set<String> NOTE_PLACEHOLDERS = Set.of("index", "number", "count");
    public static final Set<String> QUESTION_PLACEHOLDERS = Set.of("number");

    private final String language;
    private final Locale locale;
    private final Map<String, Template> templates;
    private final DateTimeFormatter dates;
    private final Map<String, String> countries = new ConcurrentHashMap<>();

    private Messages(MessageFile file) {
        this.language = file.language();
        this.locale = file.locale();
        this.templates = new HashMap<>();
        for (MessageFile.Entry e : file.entries().values()) {
            templates.put(e.key(), Template.parse(e.key(), e.text()));
        }
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The words of {@code file}; check it with {@link #problems} first. */
    public static Messages of(MessageFile file) {
        return new Messages(file);
    }

    /** The keys every catalog of a rule set must have, given the reason keys its rules use. */
    public static Set<String> requiredKeys(Collection<String> reasonKeys) {
        Set<String> keys = new LinkedHashSet<>();
        for (String r : reasonKeys) {
            for (String o : OUTCOMES) {
                keys.add("reason." + r + "." + o);
            }
        }
        for (Conclusion.About a : Conclusion.About.values()) {
            if (a != Conclusion.About.APPLICANT) {
                keys.add("candidate." + a.name());
            }
        }
        keys.addAll(List.of("note.PETITION", "note.PETITIONS", "note.OFFER", "note.OFFERS"));
        for (String field : Fields.all().keySet()) {
            keys.add("question." + field);
        }
        for (Class<? extends Enum<?>> e : Fields.enums()) {
            for (Enum<?> c : e.getEnumConstants()) {
                keys.add(labelKey(c));
            }
        }
        keys.addAll(List.of("value.Boolean.true", "value.Boolean.false", "value.none", "list.or", "list.and"));
        return keys;
    }

    /** The problems that make {@code file} unusable with rules of {@code reasonKeys}. */
    public static List<String> problems(String fileName, MessageFile file, Collection<String> reasonKeys) {
        List<String> out = new ArrayList<>();
        for (MessageFile.Defect d : file.defects()) {
            out.add(fileName + ":" + d.line() + ": message-syntax: " + d.problem());
        }
        for (String key : requiredKeys(reasonKeys)) {
            if (!file.entries().containsKey(key)) {
                out.add(fileName + ":0: missing-message: no '" + key + "'");
            }
        }
        return out;
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The reason of a conclusion in this language. */
    public String reason(Conclusion c) {
        return switch (c.about()) {
            case APPLICANT -> applicantReason(c);
            case PETITION, OFFER -> candidateReason(c, applicantReason(c));
            case NO_PETITION, NO_OFFER -> candidateReason(c, null);
        };
    }

    /** A {@code candidate.*} message: a petition's or offer's reason ({@code inner}), or the lack of one. */
    private String candidateReason(Conclusion c, String inner) {
        return template("candidate." + c.about().name()).render(name -> switch (name) {
            case "date" -> date(c.screening().date());
            case "office" -> words(c.screening().office());
            // only a real petition or offer has a reason and a place in its list
            case "reason" -> inner;
            case "index" -> inner == null ? null : Integer.toString(c.candidate());
            case "number" -> inner == null ? null : Integer.toString(c.candidate() + 1);
            default -> null;
        });
    }

    private String applicantReason(Conclusion c) {
        String outcome = c.outcome() == Outcome.UNKNOWN && c.missing().isEmpty()
                && templates.containsKey("reason." + c.reasonKey() + "." + UNDECIDED)
                ? UNDECIDED : c.outcome().name();
        Reason facts = c.facts();
        return template("reason." + c.reasonKey() + "." + outcome).render(name -> {
            if (facts.has(name)) {
                return words(facts.get(name));
            }
            return switch (name) {
                case "date" -> date(c.screening().date());
                case "office" -> words(c.screening().office());
                case "missing" -> String.join(", ", c.missing());
                default -> null;
            };
        });
    }

    /** Which petition or job offer a pathway's criteria are shown for. */
    public String note(boolean petition, int shown, int count) {
        String key = "note." + (petition ? "PETITION" : "OFFER") + (count == 1 ? "" : "S");
        return template(key).render(name -> switch (name) {
            case "index" -> Integer.toString(shown);
            case "number" -> Integer.toString(shown + 1);
            case "count" -> Integer.toString(count);
            default -> null;
        });
    }

    /** The question for a report path ({@code usRelatives[1].status}), or {@code null} for no askable field. */
    public String question(String path) {
        Fields.Field field = Fields.of(path);
        if (field == null) {
            return null;
        }
        int number = entryNumber(path);
        return template("question." + field.path()).render(name -> name.equals("number") && number > 0
                ? Integer.toString(number) : null);
    }

    /** The options of a question for {@code field}, labelled in this language. */
    public List<Option> options(Fields.Field field) {
        List<Option> out = new ArrayList<>();
        if (field.type() == AnswerType.BOOLEAN) {
            out.add(new Option(Boolean.TRUE, words(Boolean.TRUE)));
            out.add(new Option(Boolean.FALSE, words(Boolean.FALSE)));
        } else if (field.enumType() != null) {
            for (Enum<?> c : field.enumType().getEnumConstants()) {
                out.add(new Option(c.name(), words(c)));
            }
        }
        return out;
    }

    /** A fact in words of this language; see {@link Reason} for how each type reads. */
    public String words(Object value) {
        if (value == null) {
            return text("value.none");
        } else if (value instanceof LocalDate d) {
            return date(d);
        } else if (value instanceof String code) {
            return countries.computeIfAbsent(code, c -> new Locale("", c).getDisplayCountry(locale));
        } else if (value instanceof Office o) {
            return words(o.name());
        } else if (value instanceof Enum<?> e) {
            return text(labelKey(e));
        } else if (value instanceof Boolean b) {
            return text("value.Boolean." + b);
        } else if (value instanceof Answer<?> answer) {
            return words(answer.value());
        } else if (value instanceof AnswerList<?> answers) {
            return answers.values() == null ? text("value.none") : join(inOrder(answers.values()), "list.and");
        } else if (value instanceof ValueList<?> list) {
            return join(list.values(), "list.or");
        } else if (value instanceof Collection<?> list) {
            return join(list, "list.or");
        }
        return value.toString();
    }

    /**
     * The applicant's list in its values' own order (codes, enum order, dates): the lists of the
     * contract are sets, so the order an applicant gave them in must not change a report's bytes.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<?> inOrder(List<?> values) {
        List sorted = new ArrayList<>(values);
        sorted.sort(null); // every element type of an applicant's list is Comparable
        return sorted;
    }

    private String join(Collection<?> values, String conjunction) {
        List<String> words = new ArrayList<>(values.size());
        for (Object v : values) {
            words.add(words(v));
        }
        if (words.size() <= 1) {
            return words.isEmpty() ? text("value.none") : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + text(conjunction) + " "
                + words.get(words.size() - 1);
    }

    private String date(LocalDate d) {
        return dates.format(d);
    }

    private String text(String key) {
        return template(key).render(name -> null);
    }

    private Template template(String key) {
        Template t = templates.get(key);
        if (t == null) {
            throw new IllegalStateException("messages/" + language + ".properties has no '" + key + "'");
        }
        return t;
    }

    static String labelKey(Enum<?> e) {
        return "value." + e.getDeclaringClass().getSimpleName() + "." + e.name();
    }

    private static int entryNumber(String path) {
        int open = path.indexOf('[');
        if (open < 0) {
            return 0;
        }
        return Integer.parseInt(path.substring(open + 1, path.indexOf(']', open))) + 1;
    }

    /** A message split at its placeholders, so that wording it is one pass. */
    private record Template(String key, String[] literals, String[] names) {

        static Template parse(String key, String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int from = 0;
            int open;
            while ((open = text.indexOf('{', from)) >= 0) {
                int close = text.indexOf('}', open);
                String name = close < 0 ? "" : text.substring(open + 1, close);
                if (close < 0 || !name.matches("[A-Za-z][A-Za-z0-9]*")) {
                    break; // a lone brace is text
                }
                literals.add(text.substring(from, open));
                names.add(name);
                from = close + 1;
            }
            literals.add(text.substring(from));
            return new Template(key, literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        String render(java.util.function.Function<String, String> lookup) {
            StringBuilder out = new StringBuilder(literals[0]);
            for (int i = 0; i < names.length; i++) {
                String value = lookup.apply(names[i]);
                if (value == null) {
                    throw new IllegalStateException("message '" + key + "' names {" + names[i]
                            + "}, which the rule does not give");
                }
                out.append(value).append(literals[i + 1]);
            }
            return out.toString();
        }
    }
}
