package org.safemobility.eligibility.authoring.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safemobility.eligibility.authoring.lint.DrlTokens;
import org.safemobility.eligibility.authoring.lint.DrlTokens.Kind;
import org.safemobility.eligibility.authoring.lint.DrlTokens.Token;

/**
 * The DRL operators. They read the linter's tokens, so string literals (reasons, citations) and
 * comments are never changed, and they look only at the code of rules: from {@code when} (or
 * {@code then}) to {@code end}, not at imports, globals, metadata or salience. The operators match
 * method names and punctuation, not particular values, so they apply to dates and lists written as
 * literals and to those read from reference tables alike.
 */
final class DrlMutations {

    private static final Map<String, String> SWAPS = Map.of(
            "isTrue", "isFalse", "isFalse", "isTrue",
            "onOrBefore", "onOrAfter", "onOrAfter", "onOrBefore",
            "isBefore", "isAfter", "isAfter", "isBefore",
            "noneAfter", "noneOnOrAfter", "noneOnOrAfter", "noneAfter");

    private static final Map<String, List<String>> NUMBER_COMPARISONS = Map.of(
            "atLeast", List.of("atMost", "lessThan"),
            "lessThan", List.of("atMost", "atLeast"),
            "atMost", List.of("lessThan"));

    private final String text;
    private final List<Token> tokens;
    private final int[] starts;
    private final List<Change> out = new ArrayList<>();

    private DrlMutations(String text) {
        this.text = text;
        List<Token> all = DrlTokens.of(text);
        int[] at = locate(text, all);
        int known = 0;
        while (known < all.size() && at[known] >= 0) {
            known++;
        }
        // a token that cannot be found in the text (written with a Unicode escape) ends the mutants of the file
        this.tokens = all.subList(0, known);
        this.starts = at;
    }

    /** Every change the DRL operators can make to {@code text}, in the order of the text. */
    static List<Change> of(String text) {
        DrlMutations m = new DrlMutations(text);
        m.scan();
        return m.out;
    }

    private void scan() {
        boolean inRule = false;
        boolean inBody = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.IDENT && !inRule && t.text().equals("rule")) {
                inRule = true;
                continue;
            }
            if (t.kind() == Kind.IDENT && inRule && !inBody && (t.text().equals("when") || t.text().equals("then"))) {
                inBody = true;
                continue;
            }
            if (t.kind() == Kind.IDENT && inBody && t.text().equals("end")) {
                inRule = false;
                inBody = false;
                continue;
            }
            if (inBody) {
                mutate(i);
            }
        }
    }

    private void mutate(int i) {
        Token t = tokens.get(i);
        switch (t.kind()) {
            case IDENT -> method(i, t.text());
            case PUNCT -> punctuation(i, t.text());
            case LITERAL -> literal(i, t.text());
        }
    }

    /** A method called as {@code .name(}; Tri's static methods as {@code Tri.name(}. */
    private void method(int i, String name) {
        if (!is(i - 1, ".") || !is(i + 1, "(")) {
            return;
        }
        boolean onTri = is(i - 2, "Tri");
        if (onTri && (name.equals("and") || name.equals("or"))) {
            add(MutationOperator.AND_OR, i, name.equals("and") ? "or" : "and");
        } else if (onTri && (name.equals("met") || name.equals("notMet"))) {
            add(MutationOperator.MET_NOT_MET, i, name.equals("met") ? "notMet" : "met");
        } else if (onTri && name.equals("not")) {
            dropNot(i);
        } else if (name.equals("isTrue") || name.equals("isFalse")) {
            add(MutationOperator.TRUE_FALSE, i, SWAPS.get(name));
        } else if (name.startsWith("none") && SWAPS.containsKey(name)) {
            add(MutationOperator.DATE_BOUNDARY, i, SWAPS.get(name));
        } else if (SWAPS.containsKey(name)) {
            add(MutationOperator.DATE_ORDER, i, SWAPS.get(name));
        } else if (NUMBER_COMPARISONS.containsKey(name)) {
            NUMBER_COMPARISONS.get(name).forEach(to -> add(MutationOperator.NUMBER_COMPARISON, i, to));
        } else if (name.equals("isAnyOf") || name.equals("containsAnyOf")) {
            dropArguments(i + 1);
        }
    }

    /** {@code Tri.not( x )} at {@code i} (the {@code not}) becomes {@code x}. */
    private void dropNot(int i) {
        int close = closing(i + 1);
        if (close < 0) {
            return;
        }
        int from = starts[i - 2];
        int innerFrom = end(i + 1);
        int to = end(close);
        out.add(new Change(MutationOperator.DROP_NOT, from, text.substring(from, to),
                text.substring(innerFrom, starts[close]).strip()));
    }

    /** Each top-level argument of the list opening at {@code open}, dropped alone, when there are two or more. */
    private void dropArguments(int open) {
        int close = closing(open);
        if (close < 0) {
            return;
        }
        List<int[]> args = new ArrayList<>(); // token index ranges [first, last]
        int depth = 0;
        int first = open + 1;
        for (int k = open + 1; k < close; k++) {
            String s = tokens.get(k).kind() == Kind.PUNCT ? tokens.get(k).text() : "";
            if (s.equals("(") || s.equals("[") || s.equals("{")) {
                depth++;
            } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
                depth--;
            } else if (s.equals(",") && depth == 0) {
                args.add(new int[] {first, k - 1});
                first = k + 1;
            }
        }
        args.add(new int[] {first, close - 1});
        if (args.size() < 2 || args.stream().anyMatch(a -> a[1] < a[0])) {
            return;
        }
        for (int a = 0; a < args.size(); a++) {
            // the argument with the comma after it; the last one with the comma before it
            int from = a < args.size() - 1 ? starts[args.get(a)[0]] : end(args.get(a - 1)[1]);
            int to = a < args.size() - 1 ? starts[args.get(a + 1)[0]] : end(args.get(a)[1]);
            out.add(new Change(MutationOperator.DROP_ARGUMENT, from, text.substring(from, to), ""));
        }
    }

    private void punctuation(int i, String p) {
        boolean equalsNext = adjacent(i, "=");
        switch (p) {
            case "!" -> {
                if (equalsNext) {
                    out.add(new Change(MutationOperator.EQUALS_NOT_EQUALS, starts[i], "!=", "=="));
                } else {
                    add(MutationOperator.DROP_NEGATION, i, "");
                }
            }
            case "=" -> {
                // the first '=' of "==" (not the second, and not the '=' of "!=", "<=", ">=")
                boolean secondOfPair = adjacentBefore(i)
                        && (is(i - 1, "=") || is(i - 1, "!") || is(i - 1, "<") || is(i - 1, ">"));
                if (equalsNext && !secondOfPair) {
                    out.add(new Change(MutationOperator.EQUALS_NOT_EQUALS, starts[i], "==", "!="));
                }
            }
            case "<", ">" -> {
                if (adjacentBefore(i) && (is(i - 1, "-") || is(i - 1, "<") || is(i - 1, ">"))) {
                    return; // "->", "<<", ">>"
                }
                if (adjacent(i, "<") || adjacent(i, ">")) {
                    return;
                }
                if (equalsNext) {
                    out.add(new Change(MutationOperator.RELATIONAL_BOUNDARY, starts[i], p + "=", p));
                } else {
                    add(MutationOperator.RELATIONAL_BOUNDARY, i, p + "=");
                }
            }
            default -> {
            }
        }
    }

    private void literal(int i, String s) {
        if (!s.matches("[0-9]+") || s.length() > 9) {
            return;
        }
        // part of a decimal number (1.5) or of a long (1L is one token and is skipped above)
        if ((adjacentBefore(i) && is(i - 1, ".")) || adjacent(i, ".")) {
            return;
        }
        int value = Integer.parseInt(s);
        add(MutationOperator.INTEGER_LITERAL, i, Integer.toString(value + 1));
        add(MutationOperator.INTEGER_LITERAL, i, Integer.toString(value - 1));
    }

    private void add(MutationOperator operator, int i, String replacement) {
        out.add(new Change(operator, starts[i], tokens.get(i).text(), replacement));
    }

    private boolean is(int i, String s) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() != Kind.LITERAL && tokens.get(i).text().equals(s);
    }

    /** Whether token {@code i + 1} is {@code s} and follows token {@code i} with nothing between. */
    private boolean adjacent(int i, String s) {
        return is(i + 1, s) && starts[i + 1] == end(i);
    }

    /** Whether token {@code i} follows token {@code i - 1} with nothing between. */
    private boolean adjacentBefore(int i) {
        return i > 0 && starts[i] == end(i - 1);
    }

    private int end(int i) {
        return starts[i] + tokens.get(i).text().length();
    }

    /** The index of the token closing the bracket opened at {@code open}, or -1. */
    private int closing(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.PUNCT) {
                continue;
            }
            if (t.text().equals("(")) {
                depth++;
            } else if (t.text().equals(")") && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where each token starts in {@code text}: the text is walked past whitespace and comments, as
     * the lexer does, and each token must be found next. A token not found (a Unicode escape, which
     * the lexer decodes) and every token after it get -1.
     */
    static int[] locate(String text, List<Token> tokens) {
        int[] at = new int[tokens.size()];
        java.util.Arrays.fill(at, -1);
        int pos = 0;
        int n = text.length();
        for (int k = 0; k < tokens.size(); k++) {
            while (pos < n) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c)) {
                    pos++;
                } else if (text.startsWith("//", pos)) {
                    while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                        pos++;
                    }
                } else if (text.startsWith("/*", pos)) {
                    int close = text.indexOf("*/", pos + 2);
                    pos = close < 0 ? n : close + 2;
                } else {
                    break;
                }
            }
            String t = tokens.get(k).text();
            if (!text.startsWith(t, pos)) {
                return at;
            }
            at[k] = pos;
            pos += t.length();
        }
        return at;
    }
}
