package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.safemobility.eligibility.facts.ReferenceData.PolicyValueRow;

/**
 * The rows of {@code reference/policy-values.csv} indexed by name and date. Each name's rows cut
 * time into intervals in which the same values are in force; the {@link ValueList} of every
 * interval is made once, here, so a lookup is a map get and a binary search with no allocation.
 */
final class PolicyValues {

    private record Named(PolicyValueKind kind, LocalDate[] starts, ValueList<?>[] lists) {
    }

    private final Map<String, Named> byName = new LinkedHashMap<>();

    PolicyValues(List<PolicyValueRow> rows) {
        Map<String, List<PolicyValueRow>> grouped = new LinkedHashMap<>();
        for (PolicyValueRow row : rows) {
            grouped.computeIfAbsent(row.name(), n -> new ArrayList<>()).add(row);
        }
        grouped.forEach((name, named) -> byName.put(name, index(name, named)));
    }

    private static Named index(String name, List<PolicyValueRow> rows) {
        PolicyValueKind kind = rows.get(0).kind();
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(LocalDate.MIN);
        for (PolicyValueRow r : rows) {
            if (r.kind() != kind) {
                throw new IllegalArgumentException("the rows of " + name + " are of different kinds");
            }
            cuts.add(r.from());
            if (!r.to().equals(LocalDate.MAX)) {
                cuts.add(r.to().plusDays(1));
            }
        }
        LocalDate[] starts = cuts.toArray(new LocalDate[0]);
        ValueList<?>[] lists = new ValueList<?>[starts.length];
        for (int i = 0; i < starts.length; i++) {
            Set<Object> values = new LinkedHashSet<>();
            for (PolicyValueRow r : rows) {
                if (!starts[i].isBefore(r.from()) && !starts[i].isAfter(r.to())) {
                    values.add(r.value());
                }
            }
            lists[i] = list(name, kind.type(), values);
        }
        return new Named(kind, starts, lists);
    }

    private static <T> ValueList<T> list(String name, Class<T> type, Set<Object> values) {
        // a LinkedHashSet, as ValueList keeps table order for the reasons
        return new ValueList<>(name, type, values.stream().map(type::cast)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    ValueList<?> on(String name, LocalDate date, PolicyValueKind expected) {
        Named named = byName.get(name);
        if (named == null) {
            throw new IllegalStateException("reference/policy-values.csv has no value named " + name);
        }
        if (expected != null && named.kind() != expected) {
            throw new IllegalStateException("reference/policy-values.csv: " + name + " holds " + named.kind().label()
                    + " values, but a rule reads it as a " + expected.label());
        }
        int i = Arrays.binarySearch(named.starts(), date);
        return named.lists()[i >= 0 ? i : -i - 2];
    }

    /** The one value of a date or number name in force on {@code date}. */
    Object single(String name, LocalDate date, PolicyValueKind kind) {
        ValueList<?> list = on(name, date, kind);
        if (list.values().size() != 1) {
            throw new IllegalStateException("reference/policy-values.csv: " + list.values().size() + " rows of " + name
                    + " are in force on the evaluation date; a " + kind.label() + " needs exactly one");
        }
        return list.values().iterator().next();
    }
}
