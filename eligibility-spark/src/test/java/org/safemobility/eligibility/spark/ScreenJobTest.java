package org.safemobility.eligibility.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.ScreeningSummary;

/**
 * {@code screen} in local mode: the same answers as the engine and as the contract's worked
 * examples, bad rows as error rows, Parquet in and out, rules folders, one engine per JVM.
 */
class ScreenJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final Path EXAMPLES = Path.of("../eligibility-rules/src/test/resources/contract-examples");
    private static final Path BUNDLED_RULES = Path.of("../eligibility-rules/src/main/resources/org/safemobility/eligibility/rules");
    private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();

    @TempDir
    static Path tmp;

    private static List<Applicant> population;
    private static Path populationFile;

    @BeforeAll
    static void population() throws IOException {
        population = GeneratedPopulation.of(20261206L, 300);
        populationFile = tmp.resolve("population.jsonl");
        List<String> lines = new ArrayList<>();
        for (Applicant a : population) {
            lines.add(EligibilityJson.writeApplicant(a));
        }
        Files.write(populationFile, lines);
    }

    @Test
    void theWorkedExamplesGetThePolicysStatuses() throws IOException {
        Path input = tmp.resolve("examples.jsonl");
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path applicant : files.filter(p -> p.toString().endsWith(".applicant.json")).sorted().toList()) {
                lines.add(JSON.readTree(applicant.toFile()).toString());
                JsonNode report = JSON.readTree(applicant.resolveSibling(
                        applicant.getFileName().toString().replace(".applicant.json", ".expected.json")).toFile());
                expected.put(report.get("applicantId").asText(), report);
            }
        }
        assertEquals(8, expected.size());
        Files.write(input, lines);
        Path output = tmp.resolve("examples-out");

        LocalSpark.Run run = LocalSpark.run("screen", "--input", input.toString(), "--output", output.toString());

        assertEquals(0, run.code(), run.err());
        Map<String, Row> rows = byId(LocalSpark.session().read().parquet(output.toString()).collectAsList());
        assertEquals(expected.keySet(), rows.keySet());
        for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
            Row row = rows.get(e.getKey());
            JsonNode report = e.getValue();
            assertEquals(report.get("evaluationDate").asText(), row.getAs("evaluationDate").toString(), e.getKey());
            assertEquals(report.get("access").get("status").asText(), row.getAs("access"), e.getKey());
            for (JsonNode pathway : report.get("pathways")) {
                assertEquals(pathway.get("status").asText(), row.getAs(pathway.get("pathway").asText()),
                        e.getKey() + " " + pathway.get("pathway").asText());
            }
            assertNull(row.getAs("errors"));
            // the full report column holds the same statuses as the summary columns
            JsonNode full = JSON.readTree((String) row.getAs("report"));
            assertEquals(report.get("access").get("status").asText(), full.get("access").get("status").asText());
        }
    }

    @Test
    void aGeneratedPopulationGetsTheEnginesAnswersInInputOrder() throws IOException {
        Path output = tmp.resolve("population-out");

        LocalSpark.Run run = LocalSpark.run("screen", "--input", populationFile.toString(), "--output",
                output.toString(), "--format", "json", "--as-of", AS_OF.toString());

        assertEquals(0, run.code(), run.err());
        List<String> lines = LocalSpark.jsonLines(output);
        assertTrue(LocalSpark.parts(output) > 1, "several partitions, so that order across them is checked");
        assertEquals(population.size(), lines.size());
        for (int i = 0; i < population.size(); i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            EligibilityReport report = ENGINE.evaluate(population.get(i), AS_OF);
            ScreeningSummary summary = report.summary();
            assertEquals(summary.applicantId(), row.get("applicantId").asText(), "row " + i + " is in input order");
            assertEquals(summary.evaluationDate().toString(), row.get("evaluationDate").asText());
            assertEquals(summary.rulesetVersion(), row.get("rulesetVersion").asText());
            assertEquals(summary.access().name(), row.get("access").asText());
            for (Pathway p : Pathway.values()) {
                assertEquals(summary.status(p).name(), row.get(p.name()).asText(), summary.applicantId() + " " + p);
            }
            List<String> missing = new ArrayList<>();
            row.get("missingFields").forEach(f -> missing.add(f.asText()));
            assertEquals(summary.missingFields(), missing);
            assertFalse(row.has("errors"), "JSON output leaves null columns out");
            assertEquals(EligibilityJson.writeReport(report), row.get("report").asText());
        }
    }

    @Test
    void withoutReportsTheSummaryColumnsAreTheEnginesAndNoReportColumn() throws IOException {
        Path input = tmp.resolve("summaries.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(populationFile).subList(0, 100));
        lines.add(50, "{\"id\": \"x-1\"}");
        Files.write(input, lines);
        Path output = tmp.resolve("summaries-out");

        LocalSpark.Run run = LocalSpark.run("screen", "--input", input.toString(), "--output", output.toString(),
                "--no-report", "--as-of", AS_OF.toString());

        assertEquals(0, run.code(), run.err());
        Dataset<Row> table = LocalSpark.session().read().parquet(output.toString());
        assertFalse(List.of(table.columns()).contains("report"));
        Map<String, Row> rows = byId(table.collectAsList());
        assertEquals(101, rows.size());
        for (Applicant applicant : population.subList(0, 100)) {
            ScreeningSummary summary = ENGINE.evaluate(applicant, AS_OF).summary();
            Row row = rows.get(applicant.id());
            assertEquals(summary.access().name(), row.getAs("access"));
            for (Pathway p : Pathway.values()) {
                assertEquals(summary.status(p).name(), row.getAs(p.name()), applicant.id() + " " + p);
            }
            assertEquals(summary.missingFields(), row.getList(row.fieldIndex("missingFields")));
        }
        Row invalid = rows.get("x-1");
        assertNull(invalid.getAs("access"));
        assertFalse(invalid.isNullAt(invalid.fieldIndex("errors")));
        assertFalse(invalid.getList(invalid.fieldIndex("errors")).isEmpty());
    }

    @Test
    void badRowsBecomeErrorRowsAndTheJobSucceeds() throws IOException {
        String valid = JSON.readTree(EXAMPLES.resolve("01-guatemalan-political-refugee.applicant.json").toFile()).toString();
        String wrongType = valid.replace("\"id\":\"ex-01\"", "\"id\":\"bad-1\"")
                .replace("\"dateOfBirth\":\"1988-11-20\"", "\"dateOfBirth\":19881120")
                .replace("\"nationalities\":[\"GT\"]", "\"nationalities\":[\"SECRETVALUE\"]");
        String bornLate = valid.replace("\"id\":\"ex-01\"", "\"id\":\"late-1\"")
                .replace("\"dateOfBirth\":\"1988-11-20\"", "\"dateOfBirth\":\"2024-01-01\"");
        Path input = tmp.resolve("bad.jsonl");
        Files.write(input, List.of(valid, "this is not json", wrongType, "", bornLate, "[1, 2]"));
        Path output = tmp.resolve("bad-out");

        LocalSpark.Run run = LocalSpark.run("screen", "--input", input.toString(), "--output", output.toString(),
                "--format", "json", "--lang", "es");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("screen: 1 applicants screened, 4 rows with errors"), run.err());
        List<String> lines = LocalSpark.jsonLines(output);
        assertEquals(5, lines.size(), "one row per applicant line, the blank line skipped");
        JsonNode ok = JSON.readTree(lines.get(0));
        assertEquals("ELIGIBLE", ok.get("REFUGEE_RESETTLEMENT").asText());
        assertEquals("es", JSON.readTree(ok.get("report").asText()).get("language").asText());

        JsonNode notJson = JSON.readTree(lines.get(1));
        assertFalse(notJson.has("applicantId"));
        assertEquals(List.of("malformed-json"), codes(notJson));
        assertFalse(notJson.has("access"));
        assertFalse(notJson.has("report"));

        JsonNode typed = JSON.readTree(lines.get(2));
        assertEquals("bad-1", typed.get("applicantId").asText());
        assertTrue(fields(typed).contains("dateOfBirth:wrong-type"), typed.toString());
        assertTrue(fields(typed).stream().anyMatch(f -> f.startsWith("nationalities[0]:")), typed.toString());
        assertFalse(typed.toString().contains("SECRETVALUE"), "no applicant value in an error");
        assertFalse(typed.toString().contains("19881120"), "no applicant value in an error");

        JsonNode late = JSON.readTree(lines.get(3));
        assertEquals("late-1", late.get("applicantId").asText());
        assertEquals(List.of("dateOfBirth:born-after-evaluation-date"), fields(late));
        assertFalse(late.has("access"));

        JsonNode array = JSON.readTree(lines.get(4));
        assertFalse(array.has("applicantId"));
        assertEquals(List.of("wrong-type"), codes(array));
    }

    @Test
    void parquetInWithAJsonColumnOrNestedColumnsAndParquetOut() {
        SparkSession spark = LocalSpark.session();
        List<Applicant> some = population.subList(0, 100);
        List<String> texts = some.stream().map(EligibilityJson::writeApplicant).toList();
        Path jsonColumn = tmp.resolve("json-column.parquet");
        spark.createDataset(texts, Encoders.STRING()).toDF("applicant").write().parquet(jsonColumn.toString());
        Path nested = tmp.resolve("nested.parquet");
        spark.read().json(spark.createDataset(texts, Encoders.STRING())).write().parquet(nested.toString());

        Path fromColumn = tmp.resolve("json-column-out");
        LocalSpark.Run a = LocalSpark.run("screen", "--input", jsonColumn.toString(), "--json-column", "applicant",
                "--output", fromColumn.toString(), "--as-of", AS_OF.toString());
        Path fromNested = tmp.resolve("nested-out");
        LocalSpark.Run b = LocalSpark.run("screen", "--input", nested.toString(), "--output", fromNested.toString(),
                "--as-of", AS_OF.toString());

        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        for (Path output : List.of(fromColumn, fromNested)) {
            Map<String, Row> rows = byId(spark.read().parquet(output.toString()).collectAsList());
            assertEquals(some.size(), rows.size(), output.toString());
            for (Applicant applicant : some) {
                ScreeningSummary summary = ENGINE.evaluate(applicant, AS_OF).summary();
                Row row = rows.get(applicant.id());
                assertNull(row.getAs("errors"), output + " " + applicant.id());
                assertEquals(java.sql.Date.valueOf(summary.evaluationDate()), row.getAs("evaluationDate"));
                assertEquals(summary.access().name(), row.getAs("access"));
                for (Pathway p : Pathway.values()) {
                    assertEquals(summary.status(p).name(), row.getAs(p.name()), output + " " + applicant.id() + " " + p);
                }
                assertEquals(summary.missingFields(), row.getList(row.fieldIndex("missingFields")));
            }
        }
    }

    @Test
    void aNestedColumnOfTheWrongTypeIsAnErrorRow() {
        SparkSession spark = LocalSpark.session();
        Path nested = tmp.resolve("wrong-type.parquet");
        spark.sql("SELECT 5 AS id, 'GT' AS office").write().parquet(nested.toString());
        Path output = tmp.resolve("wrong-type-out");

        LocalSpark.Run run = LocalSpark.run("screen", "--input", nested.toString(), "--output", output.toString());

        assertEquals(0, run.code(), run.err());
        List<Row> rows = spark.read().parquet(output.toString()).collectAsList();
        assertEquals(1, rows.size());
        Row row = rows.get(0);
        assertNull(row.getAs("applicantId"));
        assertNull(row.getAs("access"));
        List<Row> errors = row.getList(row.fieldIndex("errors"));
        assertTrue(errors.stream().anyMatch(e -> e.getAs("field").equals("id") && e.getAs("code").equals("wrong-type")),
                errors.toString());
    }

    @Test
    void aRulesFolderWithAChangedAdultAgeChangesTheStatusAndIsBuiltOnce() throws IOException {
        Path rules = copyOfTheBundledRules("age-40");
        // policy section 2: ACC-AGE is MET at ADULT-AGE or older; ex-01 is 34 on 2023-09-04
        Path values = rules.resolve("reference/policy-values.csv");
        String csv = Files.readString(values);
        assertTrue(csv.contains("ADULT-AGE,number,18,"));
        Files.writeString(values, csv.replace("ADULT-AGE,number,18,", "ADULT-AGE,number,40,"));
        Path input = tmp.resolve("ex-01.jsonl");
        Files.writeString(input, JSON.readTree(EXAMPLES.resolve("01-guatemalan-political-refugee.applicant.json").toFile())
                + "\n");

        Path first = tmp.resolve("age-40-out-1");
        LocalSpark.Run run = LocalSpark.run("screen", "--input", input.toString(), "--output", first.toString(),
                "--rules", rules.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode row = JSON.readTree(LocalSpark.jsonLines(first).get(0));
        // under the bundled rules ex-01 is ELIGIBLE for access and refugee resettlement (expected.json);
        // at 34 with an adult age of 40, ACC-AGE is NOT_MET: access NOT_ELIGIBLE, and SMO-ACCESS NOT_MET
        // makes every pathway NOT_ELIGIBLE
        assertEquals("NOT_ELIGIBLE", row.get("access").asText());
        for (Pathway p : Pathway.values()) {
            assertEquals("NOT_ELIGIBLE", row.get(p.name()).asText(), p.name());
        }
        String version = row.get("rulesetVersion").asText();
        assertFalse(version.equals(ENGINE.rulesetVersion()));

        Path second = tmp.resolve("age-40-out-2");
        LocalSpark.Run again = LocalSpark.run("screen", "--input", populationFile.toString(), "--output",
                second.toString(), "--rules", rules.toString(), "--format", "json", "--as-of", AS_OF.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(population.size(), LocalSpark.jsonLines(second).size());
        assertEquals(1, Engines.builds(version), "two jobs, several tasks, one build of the folder's rules");
    }

    @Test
    void anExecutorBuildsTheShippedFolderFromItsOwnCopyOnceForAllItsTasks() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path rules = copyOfTheBundledRules("shipped");
        RulesSource source = RulesShipping.ship(spark, rules);
        // forget the driver's engine: the tasks must build one from the copy SparkFiles fetched
        Engines.forget(source.key());
        int before = Engines.builds(source.key());
        Dataset<Row> input = spark.read().text(populationFile.toString()).repartition(4);
        List<Row> rows = input.mapPartitions(new ScreenPartition(source, AS_OF, java.util.Locale.ENGLISH),
                Encoders.row(ScreeningColumns.SCHEMA)).collectAsList();
        assertEquals(population.size(), rows.size());
        assertEquals(before + 1, Engines.builds(source.key()), "four tasks on two threads, one build");
        assertTrue(rows.stream().allMatch(r -> source.key().equals(r.getAs("rulesetVersion"))));
    }

    @Test
    void aRulesFolderThatDoesNotBuildFailsOnTheDriverBeforeAnyInputIsRead() throws IOException {
        Path rules = copyOfTheBundledRules("broken");
        Files.writeString(rules.resolve("access.drl"), "\nrule \"broken\" when then nonsense(; end\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path output = tmp.resolve("broken-out");

        LocalSpark.Run run = LocalSpark.run("screen", "--input", tmp.resolve("no-such-input.jsonl").toString(),
                "--output", output.toString(), "--rules", rules.toString());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("screen: the rules in " + rules + " do not build:"), run.err());
        assertTrue(run.err().contains("access.drl"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void theBundledEngineIsBuiltOncePerJvm() {
        Path a = tmp.resolve("once-a");
        Path b = tmp.resolve("once-b");
        assertEquals(0, LocalSpark.run("screen", "--input", populationFile.toString(), "--output", a.toString()).code());
        assertEquals(0, LocalSpark.run("screen", "--input", populationFile.toString(), "--output", b.toString()).code());
        assertEquals(1, Engines.builds(RulesSource.BUNDLED));
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path exists = Files.createDirectories(tmp.resolve("exists"));
        LocalSpark.Run taken = LocalSpark.run("screen", "--input", populationFile.toString(), "--output", exists.toString());
        assertEquals(2, taken.code(), taken.err());
        assertTrue(taken.err().contains("screen: cannot write " + exists + ": it exists"), taken.err());

        LocalSpark.Run notAFolder = LocalSpark.run("screen", "--input", populationFile.toString(), "--output",
                tmp.resolve("x").toString(), "--rules", populationFile.toString());
        assertEquals(2, notAFolder.code());
        assertTrue(notAFolder.err().contains("--rules " + populationFile + ": not a folder"), notAFolder.err());

        LocalSpark.Run missing = LocalSpark.run("screen", "--input", tmp.resolve("absent.jsonl").toString(),
                "--output", tmp.resolve("y").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("screen: cannot read "), missing.err());

        Path table = tmp.resolve("no-column.parquet");
        LocalSpark.session().sql("SELECT 'x' AS other").write().parquet(table.toString());
        LocalSpark.Run noColumn = LocalSpark.run("screen", "--input", table.toString(), "--json-column", "applicant",
                "--output", tmp.resolve("z").toString());
        assertEquals(2, noColumn.code());
        assertTrue(noColumn.err().contains("--json-column applicant: " + table + " has no such column"), noColumn.err());

        LocalSpark.Run badDate = LocalSpark.run("screen", "--input", populationFile.toString(), "--output",
                tmp.resolve("w").toString(), "--as-of", "2026-13-01");
        assertEquals(2, badDate.code());
    }

    private static Path copyOfTheBundledRules(String name) throws IOException {
        Path copy = tmp.resolve("rules-" + name);
        try (Stream<Path> files = Files.walk(BUNDLED_RULES)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(BUNDLED_RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static Map<String, Row> byId(List<Row> rows) {
        Map<String, Row> byId = new HashMap<>();
        for (Row row : rows) {
            byId.put(row.getAs("applicantId"), row);
        }
        return byId;
    }

    private static List<String> codes(JsonNode row) {
        List<String> codes = new ArrayList<>();
        row.get("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    private static List<String> fields(JsonNode row) {
        List<String> fields = new ArrayList<>();
        row.get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return fields;
    }
}
