package org.safemobility.eligibility.authoring.lint;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The linter's DRL token scanning, for the other tools of this module (the mutation tester reads
 * the same tokens the code checks read, so strings and comments are never mutated). Not a stable
 * API.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DrlTokens {

    /** What a token is: a name, a literal (string, character or number) or one punctuation character. */
    public enum Kind {
        /** A name: a keyword, a type, a field, a function or a variable. */
        IDENT,
        /** A string, character or number literal. */
        LITERAL,
        /** One punctuation character. */
        PUNCT
    }

    /**
     * One token: its kind, its text (a literal with its quotes) and its line in the file.
     *
     * @param kind what the token is
     * @param text the token's text as written, a literal with its quotes
     * @param line the line it is on, from 1
     */
    public record Token(Kind kind, String text, int line) {
    }

    private DrlTokens() {
    }

    /**
     * The tokens of {@code drl}, in order, without comments and whitespace.
     *
     * @param drl the text of a DRL file
     * @return its tokens, in order
     */
    public static List<Token> of(String drl) {
        return DrlLexer.tokens(drl).stream()
                .map(t -> new Token(Kind.valueOf(t.kind().name()), t.text(), t.line()))
                .toList();
    }
}
