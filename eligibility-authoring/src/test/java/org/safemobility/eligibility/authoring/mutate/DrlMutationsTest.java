package org.safemobility.eligibility.authoring.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each DRL operator on a small rule, with the mutants it must give written out by hand: the rule's
 * code with the one change made.
 */
class DrlMutationsTest {

    /** A rule whose consequence is {@code code}. */
    private static String rule(String code) {
        return "package p;\n\nrule \"R\"\n    @criterion(\"R\")\n    salience -10\nwhen\n    $s : Screening()\nthen\n    x(" + code
                + ");\nend\n";
    }

    /** The mutated consequences, in order, of the changes of {@code operator}. */
    private static List<String> mutants(String code, MutationOperator operator) {
        String text = rule(code);
        String prefix = rule("").substring(0, rule("").indexOf("x(") + 2);
        return DrlMutations.of(text).stream()
                .filter(c -> c.operator() == operator)
                .map(c -> {
                    String mutated = text.substring(0, c.offset()) + c.replacement() + text.substring(c.offset() + c.original().length());
                    return mutated.substring(prefix.length(), mutated.length() - ");\nend\n".length());
                })
                .toList();
    }

    @Test
    void andAndOrSwapOnTriOnly() {
        assertEquals(List.of("Tri.or(a, Tri.or(b, c))", "Tri.and(a, Tri.and(b, c))"),
                mutants("Tri.and(a, Tri.or(b, c))", MutationOperator.AND_OR));
        assertEquals(List.of(), mutants("list.and(a) || b.or(c)", MutationOperator.AND_OR));
    }

    @Test
    void aNotIsDroppedKeepingWhatItNegated() {
        assertEquals(List.of("Tri.and(a, $s.b().isAmong($s.c()))"),
                mutants("Tri.and(a, Tri.not($s.b().isAmong($s.c())))", MutationOperator.DROP_NOT));
    }

    @Test
    void nestedNotsEachDropAlone() {
        assertEquals(List.of("Tri.and(Tri.not(b), c)", "Tri.not(Tri.and(b, c))"),
                mutants("Tri.not(Tri.and(Tri.not(b), c))", MutationOperator.DROP_NOT));
    }

    @Test
    void trueAndFalseSwap() {
        assertEquals(List.of("Tri.or($s.a().isFalse(), $s.b().isFalse())", "Tri.or($s.a().isTrue(), $s.b().isTrue())"),
                mutants("Tri.or($s.a().isTrue(), $s.b().isFalse())", MutationOperator.TRUE_FALSE));
    }

    @Test
    void metAndNotMetSwap() {
        assertEquals(List.of("Tri.notMet()", "Tri.met()"),
                List.of(mutants("Tri.met()", MutationOperator.MET_NOT_MET).get(0),
                        mutants("Tri.notMet()", MutationOperator.MET_NOT_MET).get(0)));
    }

    @Test
    void datesCompareTheOtherWay() {
        assertEquals(List.of("$s.a().onOrAfter(d)"), mutants("$s.a().onOrBefore(d)", MutationOperator.DATE_ORDER));
        assertEquals(List.of("$s.a().onOrBefore(d)"), mutants("$s.a().onOrAfter(d)", MutationOperator.DATE_ORDER));
        assertEquals(List.of("!$s.date().isBefore(refs.date(\"X\", $s.date()))"),
                mutants("!$s.date().isAfter(refs.date(\"X\", $s.date()))", MutationOperator.DATE_ORDER));
    }

    @Test
    void noneAfterMovesItsBoundaryDay() {
        assertEquals(List.of("$s.entries().noneOnOrAfter(d)"), mutants("$s.entries().noneAfter(d)", MutationOperator.DATE_BOUNDARY));
        assertEquals(List.of("$s.entries().noneAfter(d)"), mutants("$s.entries().noneOnOrAfter(d)", MutationOperator.DATE_BOUNDARY));
    }

    @Test
    void numberComparisonsTurn() {
        assertEquals(List.of("$s.age().atMost(refs.number(\"ADULT-AGE\", $s.date()))",
                        "$s.age().lessThan(refs.number(\"ADULT-AGE\", $s.date()))"),
                mutants("$s.age().atLeast(refs.number(\"ADULT-AGE\", $s.date()))", MutationOperator.NUMBER_COMPARISON));
        assertEquals(List.of("a.atMost(21)", "a.atLeast(21)"), mutants("a.lessThan(21)", MutationOperator.NUMBER_COMPARISON));
        assertEquals(List.of("a.lessThan(21)"), mutants("a.atMost(21)", MutationOperator.NUMBER_COMPARISON));
    }

    @Test
    void aBangIsRemovedButNotTheOneOfNotEquals() {
        assertEquals(List.of("Tri.of($s.date().isAfter(d))"), mutants("Tri.of(!$s.date().isAfter(d))", MutationOperator.DROP_NEGATION));
        assertEquals(List.of(), mutants("a != b", MutationOperator.DROP_NEGATION));
    }

    @Test
    void equalsAndNotEqualsSwapInPatterns() {
        String text = "rule \"R\"\nwhen\n    $s : Screening( office == Office.GT || office!=Office.CR )\nthen\nend\n";
        assertEquals(List.of("$s : Screening( office != Office.GT || office!=Office.CR )",
                        "$s : Screening( office == Office.GT || office==Office.CR )"),
                DrlMutations.of(text).stream().filter(c -> c.operator() == MutationOperator.EQUALS_NOT_EQUALS)
                        .map(c -> apply(text, c).lines().toList().get(2).strip()).toList());
    }

    @Test
    void relationalBoundariesEachMoveAlone() {
        assertEquals(List.of("a <= b && c >= d", "a < b && c > d"),
                mutants("a < b && c >= d", MutationOperator.RELATIONAL_BOUNDARY));
        assertEquals(List.of("a >= b && c <= d", "a > b && c < d"),
                mutants("a > b && c <= d", MutationOperator.RELATIONAL_BOUNDARY));
        assertEquals(List.of(), mutants("xs.forEach(x -> y(x))", MutationOperator.RELATIONAL_BOUNDARY));
    }

    @Test
    void integerLiteralsMoveByOneButNotDecimalsStringsOrSalience() {
        assertEquals(List.of("LocalDate.of(2024, 10, 18)", "LocalDate.of(2022, 10, 18)", "LocalDate.of(2023, 11, 18)",
                        "LocalDate.of(2023, 9, 18)", "LocalDate.of(2023, 10, 19)", "LocalDate.of(2023, 10, 17)"),
                mutants("LocalDate.of(2023, 10, 18)", MutationOperator.INTEGER_LITERAL));
        assertEquals(List.of(), mutants("f(1.5, \"18 or older\") // 18", MutationOperator.INTEGER_LITERAL));
    }

    @Test
    void oneArgumentIsDroppedFromAListOfTwoOrMore() {
        assertEquals(List.of("$s.c().isAnyOf(\"SV\", f(\"HN\", 2))", "$s.c().isAnyOf(\"GT\", f(\"HN\", 2))",
                        "$s.c().isAnyOf(\"GT\", \"SV\")"),
                mutants("$s.c().isAnyOf(\"GT\", \"SV\", f(\"HN\", 2))", MutationOperator.DROP_ARGUMENT));
        assertEquals(List.of("$s.n().containsAnyOf(B)", "$s.n().containsAnyOf(A)"),
                mutants("$s.n().containsAnyOf(A,\n        B)", MutationOperator.DROP_ARGUMENT));
        assertEquals(List.of(), mutants("$s.c().isAnyOf(\"GT\")", MutationOperator.DROP_ARGUMENT));
        assertEquals(List.of(), mutants("$s.c().isIn(refs.list(\"CA-4-COUNTRIES\", $s.date()))", MutationOperator.DROP_ARGUMENT));
    }

    @Test
    void stringsCommentsAndCodeOutsideRulesAreNotMutated() {
        String text = "package p;\nimport a.Tri;\nglobal X refs;\n// Tri.and(a, b) isTrue()\n"
                + "rule \"Tri.and( 18 )\"\n    @citation(\"isTrue() == 3\")\n    salience -10\nwhen\n    /* Tri.or(x) */\n"
                + "    $s : Screening()\nthen\n    y(\"Tri.and(a, b) 18\");\nend\n";
        assertEquals(List.of(), DrlMutations.of(text));
    }

    @Test
    void aMutantCarriesItsPlaceAndTexts() {
        String text = rule("Tri.and(a, b)");
        Change c = DrlMutations.of(text).get(0);
        assertEquals(MutationOperator.AND_OR, c.operator());
        assertEquals("and", c.original());
        assertEquals("or", c.replacement());
        assertEquals(text.indexOf("and("), c.offset());
    }

    private static String apply(String text, Change c) {
        return text.substring(0, c.offset()) + c.replacement() + text.substring(c.offset() + c.original().length());
    }
}
