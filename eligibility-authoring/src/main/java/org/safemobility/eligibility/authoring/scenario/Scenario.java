package org.safemobility.eligibility.authoring.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.safemobility.eligibility.model.Applicant;

/**
 * One scenario of a scenario file: an applicant, the date to screen it on, and what its report
 * must say. Read them with {@link ScenarioFiles#read}; the file format is described in
 * {@code eligibility-rules/src/test/resources/scenarios/README.md}.
 *
 * <p>Immutable: the applicant tree is copied in and out. {@link #toString()} names the file and
 * the scenario only, never the applicant.
 *
 * @param file      the file it was read from, as found under the path given to {@link ScenarioFiles#read}
 * @param name      what the scenario proves; unique within its file
 * @param applicant the applicant as JSON (the file's {@code applicant}, or its base with the patch applied)
 * @param asOf      the as-of date for an applicant without an {@code applicationDate}, or {@code null}
 * @param boundary  the policy date boundary the scenario sits on ({@code "<what> <date> <before|on|after>"}),
 *                  or {@code null}
 * @param expect    what the report must say
 * @param line      the line of the file where the scenario's name is (where its object starts when it has
 *                  none), or 0 when not known
 */
public record Scenario(Path file, String name, JsonNode applicant, LocalDate asOf, String boundary,
                       Expectations expect, int line) {

    /**
     * Checks that the scenario has a file, a name, expectations and an applicant object, and copies
     * the applicant.
     *
     * @param file the file it was read from, as found under the path given to {@link ScenarioFiles#read}
     * @param name what the scenario proves; unique within its file
     * @param applicant the applicant as JSON (the file's {@code applicant}, or its base with the patch
     *                  applied)
     * @param asOf the as-of date for an applicant without an {@code applicationDate}, or {@code null}
     * @param boundary the policy date boundary the scenario sits on ({@code "<what> <date>
     *                 <before|on|after>"}), or {@code null}
     * @param expect what the report must say
     * @param line the line of the file where the scenario's name is (where its object starts when it has
     *             none), or 0 when not known
     * @throws IllegalArgumentException when the applicant is not a JSON object or the line is negative
     */
    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expect, "expect");
        if (applicant == null || !applicant.isObject()) {
            throw new IllegalArgumentException("the applicant must be a JSON object");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more");
        }
        applicant = applicant.deepCopy();
    }

    /**
     * A scenario whose line in its file is not known.
     *
     * @param file the file it was read from, as found under the path given to {@link ScenarioFiles#read}
     * @param name what the scenario proves; unique within its file
     * @param applicant the applicant as JSON (the file's {@code applicant}, or its base with the patch
     *                  applied)
     * @param asOf the as-of date for an applicant without an {@code applicationDate}, or {@code null}
     * @param boundary the policy date boundary the scenario sits on ({@code "<what> <date>
     *                 <before|on|after>"}), or {@code null}
     * @param expect what the report must say
     */
    public Scenario(Path file, String name, JsonNode applicant, LocalDate asOf, String boundary, Expectations expect) {
        this(file, name, applicant, asOf, boundary, expect, 0);
    }

    /**
     * {@code file:line}, where an editor finds the scenario ({@code file} alone when its line is not known).
     *
     * @return where the scenario is, for messages
     */
    public String location() {
        return line > 0 ? file + ":" + line : file.toString();
    }

    /**
     * The applicant as JSON; a copy, which the caller may change.
     *
     * @return a copy of the applicant tree
     */
    @Override
    public JsonNode applicant() {
        return applicant.deepCopy();
    }

    /**
     * The applicant, read as the engine reads applicant JSON: checked against the contract (but not
     * yet against an evaluation date).
     *
     * @return the applicant
     * @throws org.safemobility.eligibility.InvalidApplicantException when it breaks the contract
     */
    public Applicant readApplicant() {
        return ScenarioFiles.applicantOf(applicant);
    }

    /** {@code file:line: name}, the line left out when it is not known. */
    @Override
    public String toString() {
        return location() + ": " + name;
    }
}
