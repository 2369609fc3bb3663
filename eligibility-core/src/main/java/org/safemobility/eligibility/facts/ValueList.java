package org.safemobility.eligibility.facts;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A named list of values from {@code reference/policy-values.csv} as it stands on one evaluation
 * date: the statuses, categories, grounds, needs and countries that a criterion of the policy
 * lists. Rules compare answers with it ({@link Answer#isIn(ValueList)},
 * {@link AnswerList#containsAnyOf(ValueList)}), so a list edited in the table needs no DRL change.
 * Made once per list and period when the tables are read, and shared by every evaluation. A
 * reason names a list in the report's language through the message catalogs, in table order.
 *
 * @param <T> the element type: {@code String} for countries, a model enum otherwise
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ValueList<T> {

    private final String name;
    private final Class<T> type;
    private final Set<T> values;
    private final String text;

    /**
     * @param name   the list's name in the table, for example {@code CA-4-COUNTRIES}
     * @param type   the element type, checked against the answer a rule compares with the list
     * @param values the values in force, in table order
     */
    public ValueList(String name, Class<T> type, Set<T> values) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        // table order is kept: reasons name a list's values in the order the analyst wrote them
        this.values = Collections.unmodifiableSet(new LinkedHashSet<>(values));
        this.text = this.values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    public Set<T> values() {
        return values;
    }

    /** Whether {@code value} is on the list; a value of another type is a rule-set mistake, not a "no". */
    public boolean contains(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("the list " + name + " in reference/policy-values.csv holds "
                    + PolicyValueKind.of(type).label() + " values; a rule compares it with a "
                    + value.getClass().getSimpleName() + " answer");
        }
        return values.contains(value);
    }

    /** The values, sorted by name, as {@code [A, B]}: for messages about the list, not for reasons. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueList<?> other && name.equals(other.name) && type == other.type
                && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, values);
    }
}
