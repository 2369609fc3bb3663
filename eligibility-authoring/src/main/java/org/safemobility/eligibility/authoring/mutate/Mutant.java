package org.safemobility.eligibility.authoring.mutate;

import java.util.Objects;

/**
 * One mutant: a copy of the rule set with exactly one change, {@code original} replaced by
 * {@code replacement} at character {@code offset} of {@code file}.
 *
 * @param id          {@code M1}, {@code M2}, ...: the place of the mutant among all the mutants of
 *                    the rule set, so the same rules give the same ids whatever is filtered or sampled
 * @param file        the file, relative to the rules folder ({@code access.drl}, {@code reference/offices.csv})
 * @param line        the line of the change, from 1
 * @param column      the column of the change, from 1
 * @param operator    the operator that made it
 * @param offset      the character offset of the change in the file's text
 * @param original    the text replaced, exactly as in the file
 * @param replacement the text put in its place ({@code ""} when something is dropped)
 */
public record Mutant(String id, String file, int line, int column, MutationOperator operator, int offset,
                     String original, String replacement) {

    /**
     * Checks that the id, file, operator and both texts are present.
     *
     * @param id {@code M1}, {@code M2}, ...: the place of the mutant among all the mutants of the rule set,
     *           so the same rules give the same ids whatever is filtered or sampled
     * @param file the file, relative to the rules folder ({@code access.drl}, {@code reference/offices.csv})
     * @param line the line of the change, from 1
     * @param column the column of the change, from 1
     * @param operator the operator that made it
     * @param offset the character offset of the change in the file's text
     * @param original the text replaced, exactly as in the file
     * @param replacement the text put in its place ({@code ""} when something is dropped)
     */
    public Mutant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(replacement, "replacement");
    }

    /**
     * {@code text} (the file's text) with this mutant's change made.
     *
     * @param text the file's text, unmutated
     * @return the mutated text
     * @throws IllegalArgumentException when {@code text} does not hold {@code original} at {@code offset}
     */
    public String applyTo(String text) {
        if (!text.startsWith(original, offset)) {
            throw new IllegalArgumentException(file + ":" + line + ":" + column + ": the text to mutate is not there");
        }
        return text.substring(0, offset) + replacement + text.substring(offset + original.length());
    }

    /**
     * {@code file:line:column operator original -> replacement}, each text on one line.
     *
     * @return a one-line description for a report
     */
    public String describe() {
        return file + ":" + line + ":" + column + " " + operator.label() + " " + show(original) + " -> " + show(replacement);
    }

    /** A text on one line, at most 80 characters; {@code (nothing)} when empty. */
    static String show(String text) {
        return show(text, 80);
    }

    /** A text on one line, at most {@code max} characters; {@code (nothing)} when empty. */
    static String show(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        if (one.isEmpty()) {
            return "(nothing)";
        }
        return one.length() > max ? one.substring(0, max - 3) + "..." : one;
    }
}
