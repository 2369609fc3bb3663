package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.PATHWAYS;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --format summary|csv}: one compact line (or CSV row) per applicant with its
 * statuses and missing fields, the error object (or error row) of an invalid one in its place.
 */
class EvaluateSummaryTest {

    private static final Path WORKED = Path.of("../eligibility-rules/src/test/resources/contract-examples");

    private static final String HEADER = "applicantId,evaluationDate,rulesetVersion,access,REFUGEE_RESETTLEMENT,"
            + "FAMILY_REUNIFICATION_PAROLE,CENTRAL_AMERICAN_MINORS,H1B,H2A,H2B,missingFields,errors";

    @TempDir
    Path dir;

    @Test
    void theWorkedExamplesSummariesStateTheirExpectedStatuses() throws IOException {
        List<Path> inputs = worked();
        StringBuilder array = new StringBuilder("[");
        for (Path input : inputs) {
            array.append(array.length() > 1 ? "," : "").append(Files.readString(input));
        }
        CliRun.Result r = run(array.append(']').toString(), "evaluate", "--format", "summary", "-");

        assertEquals(0, r.exitCode(), r.err());
        JsonNode summaries = r.json();
        assertEquals(inputs.size(), summaries.size());
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode expected = CliRun.JSON.readTree(expectedOf(inputs.get(i)).toFile());
            JsonNode summary = summaries.get(i);
            assertEquals(expected.get("applicantId"), summary.get("applicantId"));
            assertEquals(expected.get("evaluationDate"), summary.get("evaluationDate"));
            assertEquals(expected.get("access").get("status"), summary.get("access"));
            for (JsonNode p : expected.get("pathways")) {
                assertEquals(p.get("status"), summary.get(p.get("pathway").textValue()),
                        inputs.get(i) + " " + p.get("pathway"));
            }
            List<String> fields = new ArrayList<>();
            expected.get("missingInformation").forEach(m -> fields.add(m.get("field").textValue()));
            List<String> missing = new ArrayList<>();
            summary.get("missingFields").forEach(f -> missing.add(f.textValue()));
            assertEquals(fields, missing, inputs.get(i).toString());
        }
    }

    @Test
    void aSummaryLineStatesWhatTheFullReportStates() throws IOException {
        Path file = Path.of("../examples/data/applicants.jsonl");
        List<JsonNode> reports = run("", "evaluate", file.toString()).lines();
        CliRun.Result r = run("", "evaluate", "--format", "summary", file.toString());

        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> summaries = r.lines();
        assertEquals(reports.size(), summaries.size());
        for (int i = 0; i < reports.size(); i++) {
            JsonNode report = reports.get(i);
            JsonNode summary = summaries.get(i);
            assertEquals(report.get("applicantId"), summary.get("applicantId"));
            assertEquals(report.get("rulesetVersion"), summary.get("rulesetVersion"));
            assertEquals(report.get("access").get("status"), summary.get("access"));
            List<String> scopes = new ArrayList<>();
            for (JsonNode p : report.get("pathways")) {
                scopes.add(p.get("pathway").textValue());
                assertEquals(p.get("status"), summary.get(p.get("pathway").textValue()));
            }
            assertEquals(PATHWAYS, scopes);
            List<JsonNode> fields = new ArrayList<>();
            report.get("missingInformation").forEach(m -> fields.add(m.get("field")));
            List<JsonNode> missing = new ArrayList<>();
            summary.get("missingFields").forEach(missing::add);
            assertEquals(fields, missing);
        }
    }

    @Test
    void csvHasAHeaderThenARowPerLineAndErrorRowsInPlace() throws IOException {
        ObjectNode invalid = example(4); // smo-gt-0005
        invalid.putArray("nationalities").add("sv");
        invalid.remove("office");
        Path file = Files.writeString(dir.resolve("mixed.jsonl"), String.join("\n",
                Files.readString(WORKED.resolve("04-nicaraguan-in-costa-rica-partial-answers.applicant.json"))
                        .replace("\n", " "),
                "{\"id\": \"smo-x\", \"office\" \"GT\"}",
                compact(invalid),
                "") , StandardCharsets.UTF_8);

        CliRun.Result r = run("", "evaluate", "--format", "csv", file.toString());

        assertEquals(2, r.exitCode(), r.err());
        List<String> rows = List.of(r.out().split("\r\n", -1));
        assertEquals(5, rows.size(), r.out()); // header, three rows, and the empty rest after the last CRLF
        assertEquals(HEADER, rows.get(0));
        assertEquals("", rows.get(4));
        // worked example 4: hand-derived statuses and missing fields in its expected.json
        List<String> cells = List.of(rows.get(1).split(",", -1));
        assertEquals(12, cells.size());
        assertEquals(List.of("ex-04", "2023-08-15"), cells.subList(0, 2));
        assertEquals(List.of("ELIGIBLE", "POSSIBLY_ELIGIBLE", "POSSIBLY_ELIGIBLE", "NOT_ELIGIBLE", "POSSIBLY_ELIGIBLE",
                "NOT_ELIGIBLE", "NOT_ELIGIBLE"), cells.subList(3, 10));
        assertEquals("employment.jobOffers[0].capExempt;employment.jobOffers[0].capSelected;passportExpiryDate;"
                + "protection.firmResettlementOffer;protection.participatedInPersecution;protection.securityConcerns;"
                + "usHistory.immigrantVisaIssued;usHistory.interdictionDates;usHistory.irregularEntryDates;"
                + "usHistory.removalOrderDates;usRelatives", cells.get(10));
        assertEquals("", cells.get(11));
        assertEquals(",,,,,,,,,,,:malformed-json", rows.get(2));
        assertEquals("smo-gt-0005,,,,,,,,,,,office:required;nationalities[0]:lower-case-country", rows.get(3));
        assertTrue(r.err().contains("evaluate: line 3 (id smo-gt-0005): office required"), r.err());
    }

    @Test
    void csvOfADocumentThatIsNoJsonIsTheHeaderAndOneErrorRow() {
        CliRun.Result r = run("{\"id\": ", "evaluate", "--format", "csv", "-");

        assertEquals(2, r.exitCode(), r.err());
        assertEquals(HEADER + "\r\n,,,,,,,,,,,:malformed-json\r\n", r.out());
    }

    @Test
    void csvOfNoApplicantsIsTheHeaderAlone() {
        CliRun.Result r = run("[]", "evaluate", "--format", "csv", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals(HEADER + "\r\n", r.out());
    }

    @Test
    void prettyCsvAndUnknownFormatsAreUsageErrors() {
        CliRun.Result pretty = run("[]", "evaluate", "--format", "csv", "--pretty", "-");
        CliRun.Result xml = run("[]", "evaluate", "--format", "xml", "-");

        assertEquals(2, pretty.exitCode());
        assertTrue(pretty.err().contains("--pretty cannot be used with --format csv"), pretty.err());
        assertEquals(2, xml.exitCode());
        assertTrue(xml.err().contains("--format"), xml.err());
        assertEquals("", pretty.out() + xml.out());
    }

    private static List<Path> worked() throws IOException {
        try (Stream<Path> files = Files.list(WORKED)) {
            return files.filter(p -> p.toString().endsWith(".applicant.json")).sorted().toList();
        }
    }

    private static Path expectedOf(Path applicant) {
        return Path.of(applicant.toString().replace(".applicant.json", ".expected.json"));
    }
}
