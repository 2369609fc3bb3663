package org.safemobility.eligibility.authoring.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL text into the tokens the code checks read: identifiers, punctuation, literals, each
 * with its line. Comments and whitespace are dropped, and literals are kept whole, so a reason
 * text such as {@code "The System ..."} never looks like code.
 *
 * <p>Unicode escapes ({@code \u0022}) are decoded first, as the Java compiler does before it reads
 * a consequence: otherwise an escaped quote could end a string literal for the compiler while this
 * lexer still saw a string, and hide a call from the checks. Lines stay those of the file.
 */
final class DrlLexer {

    enum Kind { IDENT, LITERAL, PUNCT }

    record Token(Kind kind, String text, int line, int column) {
        boolean is(String s) {
            return text.equals(s) && kind != Kind.LITERAL;
        }
    }

    private final char[] chars;
    private final int[] lines;
    private final int[] columns;
    private final int length;
    private int pos;

    private DrlLexer(String text) {
        chars = new char[text.length()];
        lines = new int[text.length()];
        columns = new int[text.length()];
        int n = 0;
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int consumed = 1;
            if (c == '\\' && isUnicodeEscape(text, i)) {
                int j = i + 1;
                while (text.charAt(j) == 'u') {
                    j++;
                }
                c = (char) Integer.parseInt(text.substring(j, j + 4), 16);
                consumed = j + 4 - i;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                // an escaped backslash: "\\u0022" is a backslash and the text u0022, not an escape
                chars[n] = '\\';
                columns[n] = column;
                lines[n++] = line;
                c = '\\';
                consumed = 2;
            }
            chars[n] = c;
            columns[n] = column;
            lines[n++] = line;
            for (int k = i; k < i + consumed; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            i += consumed;
        }
        length = n;
    }

    private static boolean isUnicodeEscape(String text, int i) {
        int j = i + 1;
        if (j >= text.length() || text.charAt(j) != 'u') {
            return false;
        }
        while (j < text.length() && text.charAt(j) == 'u') {
            j++;
        }
        if (j + 4 > text.length()) {
            return false;
        }
        for (int k = j; k < j + 4; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of {@code text}, in order. */
    static List<Token> tokens(String text) {
        return new DrlLexer(text).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (pos < length) {
            char c = chars[pos];
            int line = lines[pos];
            int column = columns[pos];
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && peek(1) == '/') {
                while (pos < length && chars[pos] != '\n' && chars[pos] != '\r') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                pos += 2;
                while (pos < length && !(chars[pos] == '*' && peek(1) == '/')) {
                    pos++;
                }
                pos = Math.min(length, pos + 2);
            } else if (c == '"' && peek(1) == '"' && peek(2) == '"') {
                int start = pos;
                pos += 3;
                while (pos < length && !(chars[pos] == '"' && peek(1) == '"' && peek(2) == '"' && chars[pos - 1] != '\\')) {
                    pos++;
                }
                pos = Math.min(length, pos + 3);
                out.add(new Token(Kind.LITERAL, new String(chars, start, pos - start), line, column));
            } else if (c == '"' || c == '\'') {
                int start = pos++;
                while (pos < length && chars[pos] != c && chars[pos] != '\n') {
                    pos += chars[pos] == '\\' ? 2 : 1;
                }
                pos = Math.min(length, pos + 1);
                out.add(new Token(Kind.LITERAL, new String(chars, start, pos - start), line, column));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < length && Character.isJavaIdentifierPart(chars[pos])) {
                    pos++;
                }
                out.add(new Token(Kind.IDENT, new String(chars, start, pos - start), line, column));
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < length && (Character.isLetterOrDigit(chars[pos]) || chars[pos] == '_')) {
                    pos++;
                }
                out.add(new Token(Kind.LITERAL, new String(chars, start, pos - start), line, column));
            } else {
                out.add(new Token(Kind.PUNCT, String.valueOf(c), line, column));
                pos++;
            }
        }
        return out;
    }

    private char peek(int ahead) {
        return pos + ahead < length ? chars[pos + ahead] : '\0';
    }
}
