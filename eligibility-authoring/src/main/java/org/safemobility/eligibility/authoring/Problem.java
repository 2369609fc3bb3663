package org.safemobility.eligibility.authoring;

import java.util.Objects;

/**
 * One problem found in a rule set, where an analyst can find it: {@code file:line: code: message},
 * or {@code file:line:column: code: message} when the column of the mistake is known.
 *
 * @param file    the file, relative to the rules folder
 * @param line    the 1-based line, or 0 when the problem concerns the whole file
 * @param column  the 1-based column of the mistake on its line, or 0 when the problem concerns the
 *                whole line (a table row) or its column is not known
 * @param code    a stable, lower-case code naming the kind of problem ({@code forbidden-call},
 *                {@code overlap}, {@code unknown-field}, {@code compile}, ...; see docs/rules-authoring.md)
 * @param message what is wrong and, where it helps, what to do; one line
 */
public record Problem(String file, int line, int column, String code, String message) implements Comparable<Problem> {

    /**
     * Checks that the problem names its file, code and message, and that its place is possible.
     *
     * @param file    the file, relative to the rules folder
     * @param line    the 1-based line, or 0 for the whole file
     * @param column  the 1-based column, or 0 when unknown or the whole line
     * @param code    the stable code naming the kind of problem
     * @param message what is wrong; one line
     * @throws IllegalArgumentException when the line or column is negative, or a column is given
     *                                  for line 0
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more");
        }
        if (column < 0 || (line == 0 && column != 0)) {
            throw new IllegalArgumentException("column must be 0 or more, and 0 when the line is 0");
        }
    }

    /**
     * A problem of a whole line (or, with line 0, of the whole file): no column.
     *
     * @param file    the file, relative to the rules folder
     * @param line    the 1-based line, or 0 for the whole file
     * @param code    the stable code naming the kind of problem
     * @param message what is wrong; one line
     */
    public Problem(String file, int line, String code, String message) {
        this(file, line, 0, code, message);
    }

    /** Sorted by file, then line, then column, then code. */
    @Override
    public int compareTo(Problem other) {
        int c = file.compareTo(other.file);
        if (c == 0) {
            c = Integer.compare(line, other.line);
        }
        if (c == 0) {
            c = Integer.compare(column, other.column);
        }
        return c != 0 ? c : code.compareTo(other.code);
    }

    /**
     * {@code file:line: code: message}, or {@code file:line:column: code: message} when the column
     * is known: the forms compilers use, so editors can jump to it.
     */
    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + code + ": " + message;
    }
}
