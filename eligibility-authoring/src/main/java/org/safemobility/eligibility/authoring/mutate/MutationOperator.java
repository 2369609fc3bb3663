package org.safemobility.eligibility.authoring.mutate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The mutation operators: the classic ones on the DRL's conditions and consequences, and a family
 * of their own for the reference tables. Each mutant applies exactly one of them once.
 */
public enum MutationOperator {

    /** {@code Tri.and(...)} becomes {@code Tri.or(...)}, and the reverse. */
    AND_OR(Family.DRL),
    /** {@code Tri.not(x)} becomes {@code x}. */
    DROP_NOT(Family.DRL),
    /** {@code isTrue()} becomes {@code isFalse()}, and the reverse. */
    TRUE_FALSE(Family.DRL),
    /** {@code Tri.met()} becomes {@code Tri.notMet()}, and the reverse. */
    MET_NOT_MET(Family.DRL),
    /** {@code onOrBefore} and {@code onOrAfter} swap, and so do {@code isBefore} and {@code isAfter}. */
    DATE_ORDER(Family.DRL),
    /** {@code noneAfter} and {@code noneOnOrAfter} swap: the boundary day moves to the other side. */
    DATE_BOUNDARY(Family.DRL),
    /**
     * {@code atLeast} becomes {@code atMost} or {@code lessThan}, {@code lessThan} becomes
     * {@code atMost} or {@code atLeast}, {@code atMost} becomes {@code lessThan}.
     */
    NUMBER_COMPARISON(Family.DRL),
    /** A {@code !} is removed. */
    DROP_NEGATION(Family.DRL),
    /** {@code ==} becomes {@code !=}, and the reverse. */
    EQUALS_NOT_EQUALS(Family.DRL),
    /** {@code <} and {@code <=} swap, and so do {@code >} and {@code >=}. */
    RELATIONAL_BOUNDARY(Family.DRL),
    /** An integer literal plus one, or minus one. */
    INTEGER_LITERAL(Family.DRL),
    /** One argument dropped from an {@code isAnyOf(...)} or {@code containsAnyOf(...)} of two or more. */
    DROP_ARGUMENT(Family.DRL),
    /** One data row of a table under {@code reference/} dropped. */
    TABLE_DROP_ROW(Family.TABLE),
    /** One date cell of a table under {@code reference/} a day earlier, or a day later. */
    TABLE_DATE_SHIFT(Family.TABLE),
    /** One whole-number cell of a table under {@code reference/} plus one, or minus one. */
    TABLE_NUMBER(Family.TABLE);

    /** Where an operator applies. */
    public enum Family {
        /** Conditions and consequences of the rules in the DRL files. */
        DRL,
        /** The reference tables, {@code reference/*.csv}. */
        TABLE
    }

    private final Family family;

    MutationOperator(Family family) {
        this.family = family;
    }

    /**
     * Where this operator applies.
     *
     * @return the kind of file the operator mutates
     */
    public Family family() {
        return family;
    }

    /**
     * The name on the command line and in reports: {@code and-or}, {@code table-drop-row}.
     *
     * @return the lower-case, hyphenated label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The operators a comma-separated list names: labels ({@code and-or}), or a family
     * ({@code drl}, {@code table}), in any case.
     *
     * @param list labels and families, separated by commas
     * @return the operators named, in operator order; empty when the list names none
     * @throws IllegalArgumentException naming the first unknown entry and the known ones
     */
    public static Set<MutationOperator> parse(String list) {
        Set<MutationOperator> out = EnumSet.noneOf(MutationOperator.class);
        for (String raw : list.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (name.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (MutationOperator op : values()) {
                if (op.label().equals(name) || op.family.name().toLowerCase(Locale.ROOT).equals(name)) {
                    out.add(op);
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException("unknown mutation operator '" + raw.strip() + "'; known: drl, table, "
                        + String.join(", ", labels()));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no mutation operator named");
        }
        return out;
    }

    private static List<String> labels() {
        List<String> out = new ArrayList<>();
        Arrays.stream(values()).forEach(op -> out.add(op.label()));
        return out;
    }
}
