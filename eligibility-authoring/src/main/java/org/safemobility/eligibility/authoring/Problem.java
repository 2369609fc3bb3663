package org.safemobility.eligibility.authoring;

import java.util.Objects;

/**
 * One problem found in a rule set, where an analyst can find it: {@code file:line: code: message}.
 *
 * @param file    the file, relative to the rules folder
 * @param line    the 1-based line, or 0 when the problem concerns the whole file
 * @param code    a stable, lower-case code naming the kind of problem ({@code forbidden-call},
 *                {@code overlap}, {@code compile}, ...; see docs/rules-authoring.md)
 * @param message what is wrong and, where it helps, what to do; one line
 */
public record Problem(String file, int line, String code, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more");
        }
    }

    /** Sorted by file, then line, then code. */
    @Override
    public int compareTo(Problem other) {
        int c = file.compareTo(other.file);
        if (c == 0) {
            c = Integer.compare(line, other.line);
        }
        return c != 0 ? c : code.compareTo(other.code);
    }

    /** {@code file:line: code: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + code + ": " + message;
    }
}
