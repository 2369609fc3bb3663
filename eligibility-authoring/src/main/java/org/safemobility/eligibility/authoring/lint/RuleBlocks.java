package org.safemobility.eligibility.authoring.lint;

import java.util.Collection;
import java.util.List;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Kind;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Token;

/**
 * Where each rule of a DRL file starts and ends, by its tokens: {@code rule NAME ... when ... then
 * ... end}. It finds a rule without its {@code end} where the analyst left it out, at the rule
 * itself, where the Drools parser only notices lines later, inside the next rule.
 */
final class RuleBlocks {

    /**
     * One rule (or query): the token indexes of its {@code rule} keyword, of its {@code when} and
     * {@code then} (-1 when absent) and of its {@code end}.
     */
    record Block(String name, int start, int when, int then, int end) {
    }

    private RuleBlocks() {
    }

    /**
     * The complete rules of {@code tokens}, in order; a rule without {@code end} is reported to
     * {@code out} (and left out of the list).
     *
     * @return the line of the first rule without {@code end}, or 0 when every rule has one
     */
    static int split(String file, List<Token> tokens, List<Block> blocks, Collection<Problem> out) {
        int firstMissing = 0;
        int i = 0;
        while (i < tokens.size()) {
            if (!startsRule(tokens, i)) {
                i++;
                continue;
            }
            Token keyword = tokens.get(i);
            String name = tokens.get(i + 1).text();
            int when = -1;
            int then = -1;
            int j = i + 2;
            int end = -1;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                boolean word = t.kind() == Kind.IDENT && !tokens.get(j - 1).is(".");
                if (word && t.text().equals("end")) {
                    end = j;
                    break;
                }
                if (startsRule(tokens, j)) {
                    break;
                }
                if (word && t.text().equals("when") && when < 0) {
                    when = j;
                } else if (word && t.text().equals("then") && then < 0) {
                    then = j;
                }
                j++;
            }
            if (end < 0) {
                String where = j < tokens.size() ? "; the next " + tokens.get(j).text() + " starts at line "
                        + tokens.get(j).line() + ": write `end` on a line of its own before it"
                        : "; write `end` on a line of its own after its last line";
                out.add(new Problem(file, keyword.line(), keyword.column(), Codes.MISSING_END,
                        keyword.text() + " " + name + " has no `end`" + where));
                if (firstMissing == 0) {
                    firstMissing = keyword.line();
                }
                i = j;
            } else {
                blocks.add(new Block(name, i, when, then, end));
                i = end + 1;
            }
        }
        return firstMissing;
    }

    /** A {@code rule} or {@code query} keyword first on its line, followed by the name. */
    private static boolean startsRule(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.IDENT || !(t.text().equals("rule") || t.text().equals("query"))) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).line() == t.line()) {
            return false;
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).line() == t.line()
                && (tokens.get(i + 1).kind() == Kind.IDENT || tokens.get(i + 1).text().startsWith("\""));
    }

    /** A rule's name as Drools knows it: without the quotes of a quoted name. */
    static String unquote(String name) {
        return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }
}
