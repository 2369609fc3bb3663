package org.safemobility.eligibility.authoring.lint;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Kind;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Token;
import org.safemobility.eligibility.facts.PolicyValueKind;

/**
 * Rules read the policy's dates, numbers and lists by name ({@code refs.list("CA-4-COUNTRIES", d)}):
 * each name a rule reads must be a row of policy-values.csv of the kind the call expects, each
 * program a row of program-windows.csv; and each name of the table must be read by some rule, or
 * editing it would change nothing.
 */
final class ReferenceCallCheck {

    private ReferenceCallCheck() {
    }

    /** Checks the calls of one DRL file, adding what it reads to {@code read}. */
    static void check(String file, String text, ReferenceNames names, Set<String> read, Collection<Problem> out) {
        List<Token> tokens = DrlLexer.tokens(text);
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (!is(tokens.get(i), Kind.IDENT, "refs") || !is(tokens.get(i + 1), Kind.PUNCT, ".")
                    || tokens.get(i + 2).kind() != Kind.IDENT || !is(tokens.get(i + 3), Kind.PUNCT, "(")) {
                continue;
            }
            String method = tokens.get(i + 2).text();
            Token argument = tokens.get(i + 4);
            boolean program = method.equals("programOpen") || method.equals("programWindow");
            boolean value = method.equals("list") || method.equals("date") || method.equals("number");
            if (!program && !value) {
                continue;
            }
            int line = argument.line();
            if (argument.kind() != Kind.LITERAL || !argument.text().startsWith("\"") || argument.text().length() < 2) {
                out.add(new Problem(file, line, Codes.UNKNOWN_REFERENCE, "refs." + method
                        + " takes the name of a table row in quotes, so the linter can check it"));
                continue;
            }
            String name = argument.text().substring(1, argument.text().length() - 1);
            if (program) {
                if (!names.programs.containsKey(name)) {
                    out.add(new Problem(file, line, Codes.UNKNOWN_REFERENCE, "program " + name + " has no row in "
                            + TableCheck.PROGRAM_WINDOWS + " (" + String.join(", ", names.programs.keySet()) + ")"));
                }
                read.add("program:" + name);
                continue;
            }
            ReferenceNames.Value row = names.values.get(name);
            read.add(name);
            if (row == null) {
                out.add(new Problem(file, line, Codes.UNKNOWN_REFERENCE, "no value named " + name + " in "
                        + TableCheck.POLICY_VALUES + DrlNames.suggestion(name, names.values.keySet())));
            } else if (method.equals("date") && row.kind() != PolicyValueKind.DATE
                    || method.equals("number") && row.kind() != PolicyValueKind.NUMBER
                    || method.equals("list") && (row.kind() == PolicyValueKind.DATE || row.kind() == PolicyValueKind.NUMBER)) {
                out.add(new Problem(file, line, Codes.UNKNOWN_REFERENCE, "refs." + method + " reads " + name + ", but "
                        + TableCheck.POLICY_VALUES + " line " + row.line() + " makes it a " + row.kind().label()
                        + (row.kind() == PolicyValueKind.DATE ? " (read it with refs.date)"
                        : row.kind() == PolicyValueKind.NUMBER ? " (read it with refs.number)" : " list (read it with refs.list)")));
            }
        }
    }

    /** Table rows no rule reads: an edit there would change no answer. */
    static void unread(ReferenceNames names, Set<String> read, Collection<Problem> out) {
        names.values.forEach((name, row) -> {
            if (!read.contains(name)) {
                out.add(new Problem(TableCheck.POLICY_VALUES, row.line(), Codes.UNREAD_VALUE, "no rule reads " + name
                        + ", so editing it changes nothing; delete it or read it in a rule"));
            }
        });
        names.programs.forEach((name, line) -> {
            if (!read.contains("program:" + name)) {
                out.add(new Problem(TableCheck.PROGRAM_WINDOWS, line, Codes.UNREAD_VALUE, "no rule reads the window of "
                        + name + ", so editing it changes nothing"));
            }
        });
    }

    private static boolean is(Token t, Kind kind, String text) {
        return t.kind() == kind && t.text().equals(text);
    }
}
