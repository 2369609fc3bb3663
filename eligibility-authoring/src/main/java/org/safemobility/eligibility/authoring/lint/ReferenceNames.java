package org.safemobility.eligibility.authoring.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safemobility.eligibility.facts.PolicyValueKind;

/** The names a rule may read from the tables: policy values (with their kind and line) and program windows. */
final class ReferenceNames {

    record Value(PolicyValueKind kind, int line) {
    }

    final Map<String, Value> values = new LinkedHashMap<>();
    final Map<String, Integer> programs = new LinkedHashMap<>();

    void value(String name, PolicyValueKind kind, int line) {
        values.putIfAbsent(name, new Value(kind, line));
    }

    void program(String name, int line) {
        programs.putIfAbsent(name, line);
    }

    void addAll(ReferenceNames other) {
        other.values.forEach(values::putIfAbsent);
        other.programs.forEach(programs::putIfAbsent);
    }
}
