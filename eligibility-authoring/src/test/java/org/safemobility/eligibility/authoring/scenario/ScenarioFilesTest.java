package org.safemobility.eligibility.authoring.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;

class ScenarioFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A minimal valid applicant: an id and an office. */
    private static final String BASES = "\"bases\": { \"adult\": { \"id\": \"t-1\", \"office\": \"GT\", "
            + "\"dateOfBirth\": \"1990-01-01\", \"nationalities\": [\"GT\", \"SV\"], \"residence\": { \"country\": \"GT\" } } }";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> problems(Path... paths) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(paths)).problems();
    }

    @Test
    void readsEveryScenarioWithItsPatchedApplicantDateBoundaryAndExpectations() throws IOException {
        Path file = write("one.json", "{ \"subject\": \"s\", " + BASES + ", \"scenarios\": [\n"
                + "  { \"name\": \"as is\", \"base\": \"adult\", \"expect\": { \"access\": \"ELIGIBLE\" } },\n"
                + "  { \"name\": \"patched\", \"base\": \"adult\", \"asOf\": \"2024-02-29\", \"boundary\": \"age 18 on\",\n"
                + "    \"patch\": { \"dateOfBirth\": null, \"nationalities\": [\"HN\"], \"residence\": { \"status\": \"CITIZEN\" } },\n"
                + "    \"expect\": { \"pathways\": { \"H2A\": \"NOT_ELIGIBLE\" }, \"criteria\": { \"ACC-AGE\": \"UNKNOWN\" },\n"
                + "      \"missing\": { \"ACC-AGE\": [\"dateOfBirth\"] },\n"
                + "      \"missingInformation\": [ { \"field\": \"dateOfBirth\", \"pathways\": [\"ACCESS\"] } ] } },\n"
                + "  { \"name\": \"whole\", \"applicant\": { \"id\": \"t-2\", \"office\": \"CR\" }, \"expect\": {} }\n"
                + "] }");

        List<Scenario> scenarios = ScenarioFiles.read(dir);

        assertEquals(List.of("as is", "patched", "whole"), scenarios.stream().map(Scenario::name).toList());
        Scenario patched = scenarios.get(1);
        assertEquals(file, patched.file());
        assertEquals(JSON.readTree("{ \"id\": \"t-1\", \"office\": \"GT\", \"nationalities\": [\"HN\"], "
                + "\"residence\": { \"country\": \"GT\", \"status\": \"CITIZEN\" } }"), patched.applicant());
        assertEquals(LocalDate.of(2024, 2, 29), patched.asOf());
        assertEquals("age 18 on", patched.boundary());
        assertEquals(Map.of(Pathway.H2A, Status.NOT_ELIGIBLE), patched.expect().pathways());
        assertEquals(Map.of("ACC-AGE", Outcome.UNKNOWN), patched.expect().criteria());
        assertEquals(Map.of("ACC-AGE", List.of("dateOfBirth")), patched.expect().missing());
        assertEquals(List.of(new Expectations.MissingField("dateOfBirth", List.of("ACCESS"))),
                patched.expect().missingInformation());
        assertNull(patched.expect().access());
        Scenario asIs = scenarios.get(0);
        assertEquals(Status.ELIGIBLE, asIs.expect().access());
        assertNull(asIs.expect().missingInformation(), "missingInformation not given: not checked");
        assertNull(asIs.asOf());
        assertEquals("CR", scenarios.get(2).applicant().get("office").textValue());
    }

    @Test
    void readsSubFoldersInPathOrderAndOnlyJsonFiles() throws IOException {
        String one = "{ \"scenarios\": [ { \"name\": \"%s\", \"applicant\": { \"id\": \"t\", \"office\": \"GT\" }, \"expect\": {} } ] }";
        write("b.json", one.formatted("b"));
        write("a/z.json", one.formatted("a/z"));
        write("c/d/e.JSON", one.formatted("c/d/e"));
        write("README.md", "not a scenario");

        assertEquals(List.of("a/z", "b", "c/d/e"), ScenarioFiles.read(dir).stream().map(Scenario::name).toList());
        assertEquals(List.of("b", "a/z"), ScenarioFiles.read(dir.resolve("b.json"), dir.resolve("a"))
                .stream().map(Scenario::name).toList());
    }

    @Test
    void everyProblemOfEveryFileIsListedWithFileLineAndPointer() throws IOException {
        Path first = write("first.json", "{\n"
                + "  " + BASES + ",\n"
                + "  \"scenarios\": [\n"
                + "    { \"name\": \"x\", \"base\": \"adult\", \"expect\": {\n"
                + "        \"access\": \"YES\",\n"
                + "        \"pathways\": { \"H3\": \"ELIGIBLE\" },\n"
                + "        \"missing\": { \"ACC-AGE\": \"dateOfBirth\" } } },\n"
                + "    { \"name\": \"x\", \"asOf\": \"2024-13-45\", \"patch\": {}, \"expect\": {} },\n"
                + "    { \"base\": 3, \"expect\": { \"criteria\": { \"a/b~c\": 1 } }, \"comment\": \"\" }\n"
                + "  ],\n"
                + "  \"extra\": true\n"
                + "}\n");
        Path second = write("second.json", "{ \"scenarios\": {} }");

        assertEquals(List.of(
                first + ":11: unknown-key: /extra: not a key of the scenario format; expected one of bases, scenarios, subject",
                first + ":5: bad-value: /scenarios/0/expect/access: must be one of ELIGIBLE, POSSIBLY_ELIGIBLE, NOT_ELIGIBLE",
                first + ":6: unknown-key: /scenarios/0/expect/pathways/H3: not a pathway; one of REFUGEE_RESETTLEMENT, "
                        + "FAMILY_REUNIFICATION_PAROLE, CENTRAL_AMERICAN_MINORS, H1B, H2A, H2B",
                first + ":7: bad-value: /scenarios/0/expect/missing/ACC-AGE: must be an array of strings",
                first + ":8: duplicate-name: /scenarios/1/name: the same name as /scenarios/0",
                first + ":8: missing-key: /scenarios/1: a patch needs a base to apply to",
                first + ":8: bad-value: /scenarios/1/asOf: must be a date, YYYY-MM-DD",
                first + ":9: unknown-key: /scenarios/2/comment: not a key of the scenario format; expected one of "
                        + "applicant, asOf, base, boundary, expect, name, patch",
                first + ":9: missing-key: /scenarios/2: needs name",
                first + ":9: bad-value: /scenarios/2/base: must be the name of one of bases",
                first + ":9: bad-value: /scenarios/2/expect/criteria/a~1b~0c: must be one of MET, NOT_MET, UNKNOWN",
                second + ":1: bad-value: /scenarios: must be an array"),
                problems(dir));
    }

    @Test
    void syntaxErrorsAndDuplicateKeysGiveLineAndColumnButNoText() throws IOException {
        Path broken = write("broken.json", "{\n  \"scenarios\": [\n    { \"name\": secret }\n  ]\n}\n");
        Path twice = write("twice.json", "{\n  \"scenarios\": [],\n  \"scenarios\": []\n}\n");

        List<String> problems = problems(dir);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(broken + ":3: malformed-json: not well-formed JSON (column "), problems.get(0));
        assertFalse(problems.get(0).contains("secret"), problems.get(0));
        assertTrue(problems.get(1).startsWith(twice + ":3: duplicate-key: an object holds the same key twice"),
                problems.get(1));
    }

    @Test
    void anApplicantThatBreaksTheContractIsAProblemNamingTheFieldNotTheValue() throws IOException {
        Path file = write("bad.json", "{ " + BASES + ", \"scenarios\": [\n"
                + "  { \"name\": \"no office\", \"base\": \"adult\", \"patch\": { \"office\": null }, \"expect\": {} },\n"
                + "  { \"name\": \"odd country\", \"base\": \"adult\", \"patch\": { \"nationalities\": [\"QQ\"] }, \"expect\": {} }\n"
                + "] }");

        List<String> problems = problems(file);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":2: invalid-applicant: /scenarios/0: the applicant breaks the contract: "
                + "office required: "), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":3: invalid-applicant: /scenarios/1: the applicant breaks the contract: "
                + "nationalities[0] unassigned-country: "), problems.get(1));
        assertFalse(problems.get(1).contains("QQ"), problems.get(1));
    }

    @Test
    void aFractionWhereTheContractSaysIntegerIsAProblemEvenWhenADoubleWouldRoundIt() throws IOException {
        // as a double, 10.999999999999999999 is 11 and 80.00000000000000001 is 80: the scenario reader
        // keeps numbers exact and hands the merged applicant to the engine's reader
        Path file = write("fraction.json", "{ " + BASES + ", \"scenarios\": [\n"
                + "  { \"name\": \"rounds up\", \"base\": \"adult\", \"patch\": { \"employment\": { \"experienceYears\": 10.999999999999999999 } }, \"expect\": {} },\n"
                + "  { \"name\": \"just above\", \"base\": \"adult\", \"patch\": { \"employment\": { \"experienceYears\": 80.00000000000000001 } }, \"expect\": {} }\n"
                + "] }");

        List<String> problems = problems(file);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(file + ":2: invalid-applicant: /scenarios/0: the applicant breaks the contract: "
                + "employment.experienceYears wrong-type: "), problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":3: invalid-applicant: /scenarios/1: the applicant breaks the contract: "
                + "employment.experienceYears wrong-type: "), problems.get(1));
    }

    @Test
    void anUnknownBaseAndAMissingPathAreProblems() throws IOException {
        Path file = write("base.json", "{ \"scenarios\": [ { \"name\": \"n\", \"base\": \"nobody\", \"expect\": {} } ] }");
        Path missing = dir.resolve("nowhere");

        assertEquals(List.of(
                file + ":1: unknown-base: /scenarios/0/base: names no entry of bases",
                missing + ":0: no-such-path: not a folder or a file"), problems(file, missing));
    }

    @Test
    void aScenarioNamesItsFileButNeverItsApplicant() throws IOException {
        write("s.json", "{ \"scenarios\": [ { \"name\": \"n\", \"applicant\": { \"id\": \"private-id\", \"office\": \"GT\" }, "
                + "\"expect\": {} } ] }");

        Scenario s = ScenarioFiles.read(dir).get(0);

        // the scenario's name is on line 1, the file's only line
        assertEquals(dir.resolve("s.json") + ":1: n", s.toString());
        assertEquals(1, s.line());
        JsonNode copy = s.applicant();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).put("office", "CR");
        assertEquals("GT", s.applicant().get("office").textValue(), "the scenario's applicant cannot be changed");
    }
}
