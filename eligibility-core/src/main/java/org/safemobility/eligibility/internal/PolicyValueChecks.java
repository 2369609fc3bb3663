package org.safemobility.eligibility.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safemobility.eligibility.facts.PolicyValueKind;
import org.safemobility.eligibility.facts.ReferenceData.PolicyValueRow;

/**
 * What must hold of {@code policy-values.csv} for every evaluation to find its values: the rows of
 * a name share one kind, and a date or a number has exactly one row in force on every day. The
 * linter says the same with line numbers; this is the engine's own guard for rule sets that were
 * not linted.
 */
final class PolicyValueChecks {

    private PolicyValueChecks() {
    }

    static List<String> check(List<PolicyValueRow> rows) {
        Map<String, List<PolicyValueRow>> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r));
        List<String> problems = new ArrayList<>();
        byName.forEach((name, named) -> {
            PolicyValueKind kind = named.get(0).kind();
            if (named.stream().anyMatch(r -> r.kind() != kind)) {
                problems.add(ReferenceTables.POLICY_VALUES + ":0: bad-row: the rows of " + name + " name different kinds");
                return;
            }
            if (kind == PolicyValueKind.DATE || kind == PolicyValueKind.NUMBER) {
                String gap = coverage(named);
                if (gap != null) {
                    problems.add(ReferenceTables.POLICY_VALUES + ":0: bad-row: " + name + " is a " + kind.label()
                            + ", so exactly one of its rows must be in force on every day: " + gap);
                }
            }
        });
        return problems;
    }

    /** Where the rows of a single-valued name leave a day without a value or with two, or null. */
    private static String coverage(List<PolicyValueRow> rows) {
        List<PolicyValueRow> sorted = rows.stream().sorted(Comparator.comparing(PolicyValueRow::from)).toList();
        LocalDate next = LocalDate.MIN; // the first day not yet covered; null once covered to the end
        for (PolicyValueRow r : sorted) {
            if (next == null || r.from().isBefore(next)) {
                return "two are in force on " + day(r.from());
            }
            if (r.from().isAfter(next)) {
                return "none is in force from " + day(next) + " to " + r.from().minusDays(1);
            }
            next = r.to().equals(LocalDate.MAX) ? null : r.to().plusDays(1);
        }
        return next == null ? null : "none is in force from " + next + " on";
    }

    private static String day(LocalDate d) {
        return d.equals(LocalDate.MIN) ? "the beginning" : d.toString();
    }
}
