package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluateDocumentErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aMalformedDocumentIsOneErrorObjectWithLineAndColumn() {
        String input = "[\n  {\"id\": \"smo-a\",, \"office\": \"GT\"}\n]\n";

        CliRun.Result r = run(input, "evaluate", "-");

        assertEquals(2, r.exitCode());
        JsonNode error = r.json();
        assertTrue(error.isObject(), "one error object, not an array");
        assertTrue(error.get("applicantId").isNull());
        assertEquals(1, error.get("errors").size());
        JsonNode v = error.get("errors").get(0);
        assertEquals("", v.get("field").textValue());
        assertEquals("malformed-json", v.get("code").textValue());
        assertEquals("The input is not well-formed JSON at line 2, column 18.", v.get("message").textValue());
        assertTrue(r.err().contains("evaluate: input: (document) malformed-json: "
                + "The input is not well-formed JSON at line 2, column 18."), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a number      | 42                  | wrong-type     | must be a JSON object",
        "a string      | '\"smo-gt-0001\"'   | wrong-type     | must be a JSON object",
        "null          | null                | wrong-type     | must be a JSON object",
        "nothing       | ''                  | malformed-json | no JSON value",
        "two documents | '{} {}'             | malformed-json | more than one JSON value",
        "a duplicate key | '{\"id\": \"a\", \"id\": \"b\"}' | duplicate-key | line 1, column",
        "an unclosed array | '[{}'           | malformed-json | line 1, column"
    })
    void aDocumentThatIsNoObjectOrArrayIsRejected(String name, String input, String code, String phrase) {
        CliRun.Result r = run(input, "evaluate", "-");

        assertEquals(2, r.exitCode(), r.err());
        JsonNode error = r.json();
        assertTrue(error.get("applicantId").isNull());
        assertEquals(code, error.get("errors").get(0).get("code").textValue());
        String message = error.get("errors").get(0).get("message").textValue();
        assertTrue(message.contains(phrase), message);
        assertTrue(r.err().contains("(document) " + code), r.err());
    }

    @Test
    void aMissingFileIsExitTwoWithoutOutput() {
        Path missing = dir.resolve("nope.json");

        CliRun.Result r = run("", "evaluate", missing.toString());

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals("evaluate: cannot read " + missing + ": no such file", r.err().strip());
    }

    @Test
    void aDirectoryIsExitTwo() {
        CliRun.Result r = run("", "evaluate", dir.toString());

        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("it is a directory"), r.err());
    }
}
