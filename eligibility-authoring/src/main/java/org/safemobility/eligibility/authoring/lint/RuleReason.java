package org.safemobility.eligibility.authoring.lint;

import java.util.Set;

/**
 * What the message catalogs need of one criterion rule: where its reasons are ({@code @reason},
 * else its {@code @criterion}), the facts its consequence names ({@code Reason.of("age", ...)},
 * {@code .and("adultAge", ...)}), and whether it can conclude UNKNOWN with nothing missing
 * ({@code Tri.undecidable()}, or {@code Tri.unknown()} with no path), which needs an UNDECIDED text.
 *
 * @param file        the DRL file
 * @param line        the line of the rule
 * @param rule        the rule's name
 * @param reasonKey   the key of its reasons in the catalogs
 * @param facts       the names of the facts it gives its reasons
 * @param undecidable whether it can conclude UNKNOWN with nothing missing
 */
record RuleReason(String file, int line, String rule, String reasonKey, Set<String> facts, boolean undecidable) {

    /** {@code rule "NAME" (file:line)}, to point an analyst at the rule. */
    String where() {
        return "rule \"" + rule + "\" (" + file + ":" + line + ")";
    }
}
