package org.safemobility.eligibility.authoring.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

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
 */
public record Scenario(Path file, String name, JsonNode applicant, LocalDate asOf, String boundary,
                       Expectations expect) {

    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expect, "expect");
        if (applicant == null || !applicant.isObject()) {
            throw new IllegalArgumentException("the applicant must be a JSON object");
        }
        applicant = applicant.deepCopy();
    }

    /** The applicant as JSON; a copy, which the caller may change. */
    @Override
    public JsonNode applicant() {
        return applicant.deepCopy();
    }

    /** {@code file: name}. */
    @Override
    public String toString() {
        return file + ": " + name;
    }
}
