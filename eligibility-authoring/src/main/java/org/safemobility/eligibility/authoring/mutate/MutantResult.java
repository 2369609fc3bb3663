package org.safemobility.eligibility.authoring.mutate;

import java.util.Objects;

/**
 * One mutant and what became of it.
 *
 * @param mutant  the mutant
 * @param verdict killed, killed by error, survived, or not compiling
 * @param detail  why: the failing test, the error, or the first problem the compiler reported;
 *                empty for a survivor
 */
public record MutantResult(Mutant mutant, Verdict verdict, String detail) {

    /**
     * Checks that the mutant and verdict are present; a {@code null} detail becomes empty.
     *
     * @param mutant the mutant
     * @param verdict killed, killed by error, survived, or not compiling
     * @param detail why: the failing test, the error, or the first problem the compiler reported; empty for a
     *               survivor
     */
    public MutantResult {
        Objects.requireNonNull(mutant, "mutant");
        Objects.requireNonNull(verdict, "verdict");
        detail = detail == null ? "" : detail;
    }

    /**
     * Whether the tests (or an error) killed it.
     *
     * @return true for {@link Verdict#KILLED} and {@link Verdict#KILLED_BY_ERROR}
     */
    public boolean killed() {
        return verdict == Verdict.KILLED || verdict == Verdict.KILLED_BY_ERROR;
    }
}
