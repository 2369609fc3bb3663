package org.safemobility.eligibility.authoring.scenario;

import java.util.List;
import org.safemobility.eligibility.EligibilityException;

/**
 * Scenario files could not be read: a file is missing or unreadable, is not well-formed JSON, or
 * does not follow the scenario format. Lists every problem of every file read, each on one line as
 * {@code file:line: code: message}, where the message starts with the JSON pointer of the part at
 * fault ({@code /scenarios/3/expect/access}) when there is one. Messages name places, never the
 * values found there. One of the library's exceptions (unchecked).
 *
 * <p>Codes: {@code no-such-path}, {@code unreadable}, {@code malformed-json}, {@code duplicate-key},
 * {@code missing-key}, {@code unknown-key}, {@code bad-value}, {@code unknown-base},
 * {@code duplicate-name}, {@code invalid-applicant}.
 */
public final class ScenarioFileException extends EligibilityException {
    private static final long serialVersionUID = 1L;

    /** @serial every problem found, one line each, in the order the files were read */
    private final List<String> problems;

    /**
     * An exception listing {@code problems}; its message holds them all, joined by {@code "; "}.
     *
     * @param problems at least one, each {@code file:line: code: message}
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public ScenarioFileException(List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in scenario files: "
                + String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, one line each, in the order the files were read.
     *
     * @return the problems, at least one
     */
    public List<String> problems() {
        return problems;
    }
}
