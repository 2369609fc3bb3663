package org.safemobility.eligibility.testkit.internal.policy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.internal.EngineAccess;

/**
 * The dates, numbers and lists of the rule set under test, read from its reference tables' rows,
 * so the policy invariants follow a legitimate table edit (a served nationality added, a window
 * moved, a status added to a list) and still catch a change of logic. The one place of the testkit
 * that reads the engine's internals; it uses only the rows, never the lookups the rules call, so a
 * bug in those shows too. Read-only; built once per engine.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleSetTables {

    private static final Map<EligibilityEngine, RuleSetTables> BY_ENGINE = new WeakHashMap<>();

    private final ReferenceData reference;

    private RuleSetTables(ReferenceData reference) {
        this.reference = reference;
    }

    /** The tables of the rule set {@code engine} runs. */
    public static RuleSetTables of(EligibilityEngine engine) {
        synchronized (BY_ENGINE) {
            return BY_ENGINE.computeIfAbsent(engine, e -> new RuleSetTables(EngineAccess.ruleSet(e).reference()));
        }
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** offices.csv: the office registers applications on {@code d} (both ends inclusive). */
    public boolean officeOpen(Office office, LocalDate d) {
        return reference.officeRows().stream().anyMatch(r -> r.office() == office && within(d, r.opens(), r.lastDay()));
    }

    /** offices.csv: the office's arrival cutoff, or {@code null}. */
    public LocalDate arrivalCutoff(Office office) {
        return reference.officeRows().stream().filter(r -> r.office() == office).findFirst()
                .map(ReferenceData.OfficeRow::arrivalCutoff).orElse(null);
    }

    /** served-nationalities.csv: the nationalities the office serves on {@code d}. */
    public Set<String> served(Office office, LocalDate d) {
        return reference.servedNationalityRows().stream().filter(r -> r.office() == office && within(d, r.from(), r.to()))
                .map(ReferenceData.ServedNationalityRow::nationality).collect(Collectors.toCollection(TreeSet::new));
    }

    /** frp-windows.csv: the principal nationalities that have an FRP process at all. */
    public Set<String> frpNationalities() {
        return reference.frpWindowRows().stream().map(ReferenceData.FrpWindowRow::nationality)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** frp-windows.csv: the principal nationalities whose window holds {@code d}. */
    public Set<String> frpOpen(LocalDate d) {
        return reference.frpWindowRows().stream().filter(r -> within(d, r.opens(), r.lastDay()))
                .map(ReferenceData.FrpWindowRow::nationality).collect(Collectors.toCollection(TreeSet::new));
    }

    /** h2-periods.csv: an eligible-countries list of {@code program} (H2A, H2B) is in force on {@code d}. */
    public boolean h2ListInForce(String program, LocalDate d) {
        return reference.h2PeriodRows().stream().anyMatch(r -> r.program().equals(program) && within(d, r.from(), r.to()));
    }

    /** h2-countries.csv: the countries on the {@code program} list on {@code d}. */
    public Set<String> h2Countries(String program, LocalDate d) {
        return reference.h2CountryRows().stream().filter(r -> r.program().equals(program) && within(d, r.from(), r.to()))
                .map(ReferenceData.H2CountryRow::country).collect(Collectors.toCollection(TreeSet::new));
    }

    /** program-windows.csv: the program (a pathway's name) takes cases on {@code d}; no row, no cases. */
    public boolean programOpen(String program, LocalDate d) {
        return reference.programWindowRows().stream()
                .anyMatch(r -> r.program().name().equals(program) && within(d, r.opens(), r.lastDay()));
    }

    /** policy-values.csv: the values of list {@code name} in force on {@code d} (enum constants or country codes). */
    public Set<Object> list(String name, LocalDate d) {
        requireName(name);
        return reference.policyValueRows().stream().filter(r -> r.name().equals(name) && within(d, r.from(), r.to()))
                .map(ReferenceData.PolicyValueRow::value).collect(Collectors.toSet());
    }

    /** policy-values.csv: the number {@code name} in force on {@code d}. */
    public int number(String name, LocalDate d) {
        return (Integer) single(name, d);
    }

    /** policy-values.csv: the date {@code name} in force on {@code d}. */
    public LocalDate date(String name, LocalDate d) {
        return (LocalDate) single(name, d);
    }

    private Object single(String name, LocalDate d) {
        requireName(name);
        var rows = reference.policyValueRows().stream().filter(r -> r.name().equals(name) && within(d, r.from(), r.to())).toList();
        if (rows.size() != 1) {
            throw new IllegalStateException("PolicyProperties: the rule set under test has " + rows.size()
                    + " rows of " + name + " in force on " + d + " in reference/policy-values.csv; the policy needs one");
        }
        return rows.get(0).value();
    }

    private void requireName(String name) {
        if (reference.policyValueRows().stream().noneMatch(r -> r.name().equals(name))) {
            throw new IllegalStateException("PolicyProperties: the rule set under test has no " + name
                    + " in reference/policy-values.csv; a rule set of another policy needs its own invariants (docs/testing.md)");
        }
    }
}
