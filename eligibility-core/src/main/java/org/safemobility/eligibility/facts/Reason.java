package org.safemobility.eligibility.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The facts a criterion's reason names, each under a placeholder name: what a rule hands the
 * message catalogs ({@code messages/<language>.properties}) so that one decision reads in every
 * language. The rule decides; the catalog words it.
 *
 * <pre>{@code
 * conclusions.add(Verdicts.conclude(kcontext, $s,
 *     $s.age().atLeast(adult),
 *     Reason.of("age", $s.age()).and("adultAge", adult)));
 * }</pre>
 * with, in {@code messages/en.properties},
 * {@code reason.ACC-AGE.NOT_MET = The applicant is {age} on {date}, under {adultAge}.}
 *
 * <p>How a value is worded depends on its type, in the report's language: a {@code LocalDate} in
 * the language's long form; a {@code String} is a country code (the only free text the applicant
 * contract has) and reads as the country's name from the JDK's locale data; an {@code Office} as
 * its country; another enum by its label in the catalog ({@code value.ResidenceStatus.ASYLUM_SEEKER});
 * a {@code Boolean} as the catalog's yes or no; an {@link Answer} as its value; an
 * {@link AnswerList} (the applicant's own list, a set) as its elements in their own order (codes,
 * enum order, dates; never the order given) joined with the catalog's {@code list.and}; a {@link ValueList} or other collection (a list of the policy: one of them)
 * joined with {@code list.or}; {@code null} (an answer not given) as the catalog's
 * {@code value.none}. Every template may also use {@code {date}} (the evaluation date),
 * {@code {office}} and {@code {missing}} (the field paths still unanswered).
 *
 * <p>Immutable; a handful of entries, so a lookup is a scan.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Reason {

    private static final Reason NONE = new Reason(new String[0], new Object[0]);

    private final String[] names;
    private final Object[] values;

    private Reason(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** No facts beyond those every template has. */
    public static Reason none() {
        return NONE;
    }

    /** One fact. */
    public static Reason of(String name, Object value) {
        return NONE.and(name, value);
    }

    /** These facts and one more; a name given twice is a rule-set mistake. */
    public Reason and(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (has(name)) {
            throw new IllegalArgumentException("reason fact '" + name + "' given twice");
        }
        String[] n = Arrays.copyOf(names, names.length + 1);
        Object[] v = Arrays.copyOf(values, values.length + 1);
        n[names.length] = name;
        v[values.length] = value;
        return new Reason(n, v);
    }

    /** Whether a fact of this name was given (its value may be {@code null}: an answer not given). */
    public boolean has(String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The value of the fact {@code name}, or {@code null}. */
    public Object get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /** The names, in the order given. */
    public List<String> names() {
        return List.of(names);
    }

    /** Names only: the values are personal data. */
    @Override
    public String toString() {
        return "Reason" + Arrays.toString(names);
    }
}
