package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.PATHWAYS;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.pathways;
import static org.safemobility.eligibility.cli.CliRun.run;
import static org.safemobility.eligibility.cli.CliRun.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateObjectTest {

    @TempDir
    Path dir;

    @Test
    void oneObjectFromStdinPrintsOneReport() {
        CliRun.Result r = run(compact(example(0)), "evaluate", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("}\n"), "one compact document ending in a newline");
        assertEquals(1, r.out().lines().count());
        JsonNode report = r.json();
        assertTrue(report.isObject());
        assertEquals("smo-gt-0001", report.get("applicantId").textValue());
        assertEquals("2023-07-03", report.get("evaluationDate").textValue());
        assertTrue(report.get("rulesetVersion").textValue().startsWith("safemobility-screening"));
        assertEquals(PATHWAYS, pathways(report));
        // examples/data/README.md: access and REF eligible, every other pathway not
        assertEquals("ELIGIBLE", report.get("access").get("status").textValue());
        assertEquals("ELIGIBLE", status(report, "REFUGEE_RESETTLEMENT"));
        assertEquals("NOT_ELIGIBLE", status(report, "H1B"));
    }

    @Test
    void oneObjectFromAFile() throws IOException {
        Path file = dir.resolve("applicant.json");
        Files.writeString(file, compact(example(3)), StandardCharsets.UTF_8);

        CliRun.Result r = run("", "evaluate", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = r.json();
        assertEquals("smo-gt-0004", report.get("applicantId").textValue());
        assertEquals("ELIGIBLE", status(report, "H2A"));
        assertEquals("ELIGIBLE", status(report, "H2B"));
        assertEquals("NOT_ELIGIBLE", status(report, "H1B"));
    }

    @Test
    void prettyPrintsTheSameReport() {
        CliRun.Result compactRun = run(compact(example(0)), "evaluate", "-");
        CliRun.Result prettyRun = run(compact(example(0)), "evaluate", "--pretty", "-");

        assertEquals(0, prettyRun.exitCode(), prettyRun.err());
        assertTrue(prettyRun.out().lines().count() > 20, "pretty output spans many lines");
        assertTrue(prettyRun.out().contains("\n  \"applicantId\" : \"smo-gt-0001\""), prettyRun.out());
        assertEquals(compactRun.json(), prettyRun.json());
    }

    @Test
    void asOfIsTheEvaluationDateOfAnApplicantWithoutApplicationDate() {
        ObjectNode applicant = example(0);
        applicant.remove("applicationDate");

        CliRun.Result r = run(compact(applicant), "evaluate", "--as-of", "2024-01-15", "-");
        CliRun.Result other = run(compact(applicant), "evaluate", "--as-of=2023-08-01", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("2024-01-15", r.json().get("evaluationDate").textValue());
        assertEquals("2023-08-01", other.json().get("evaluationDate").textValue());
    }

    @Test
    void asOfNeverOverridesTheApplicationDate() {
        CliRun.Result r = run(compact(example(0)), "evaluate", "--as-of", "2024-01-15", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("2023-07-03", r.json().get("evaluationDate").textValue());
    }

    @Test
    void withoutAsOfOrApplicationDateTheDateIsToday() {
        ObjectNode applicant = example(0);
        applicant.remove("applicationDate");

        LocalDate before = LocalDate.now();
        CliRun.Result r = run(compact(applicant), "evaluate", "-");
        LocalDate after = LocalDate.now();

        assertEquals(0, r.exitCode(), r.err());
        String date = r.json().get("evaluationDate").textValue();
        assertTrue(List.of(before.toString(), after.toString()).contains(date), date);
    }

    @Test
    void bornAfterTheAsOfDateIsInvalid() {
        ObjectNode applicant = example(0); // born 1989-04-17
        applicant.remove("applicationDate");

        CliRun.Result r = run(compact(applicant), "evaluate", "--as-of", "1980-01-01", "-");

        assertEquals(2, r.exitCode());
        JsonNode error = r.json();
        assertEquals("smo-gt-0001", error.get("applicantId").textValue());
        assertEquals(1, error.get("errors").size());
        assertEquals("dateOfBirth", error.get("errors").get(0).get("field").textValue());
        assertEquals("born-after-evaluation-date", error.get("errors").get(0).get("code").textValue());
        assertFalse(error.has("pathways"));
        assertTrue(r.err().contains("evaluate: applicant (id smo-gt-0001): dateOfBirth born-after-evaluation-date"),
                r.err());
    }

    @Test
    void anInvalidObjectPrintsOneErrorObject() {
        ObjectNode applicant = example(0);
        applicant.putArray("nationalities").add("hn");

        CliRun.Result r = run(compact(applicant), "evaluate", "-");

        assertEquals(2, r.exitCode());
        JsonNode error = r.json();
        assertEquals("smo-gt-0001", error.get("applicantId").textValue());
        JsonNode first = error.get("errors").get(0);
        assertEquals("nationalities[0]", first.get("field").textValue());
        assertEquals("lower-case-country", first.get("code").textValue());
        assertFalse(first.get("message").textValue().isBlank());
        assertTrue(r.err().contains("nationalities[0] lower-case-country"), r.err());
    }

    @Test
    void aDateThatIsNotACalendarDateIsAUsageError() {
        CliRun.Result r = run(compact(example(0)), "evaluate", "--as-of", "2024-02-30", "-");

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--as-of"), r.err());
        assertTrue(r.err().contains("not a calendar date"), r.err());
    }
}
