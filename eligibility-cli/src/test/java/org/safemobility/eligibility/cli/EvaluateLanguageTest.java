package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safemobility.eligibility.cli.CliRun.PATHWAYS;
import static org.safemobility.eligibility.cli.CliRun.compact;
import static org.safemobility.eligibility.cli.CliRun.example;
import static org.safemobility.eligibility.cli.CliRun.run;
import static org.safemobility.eligibility.cli.CliRun.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code evaluate --lang}: the report states its language; what it decides is the same in every language. */
class EvaluateLanguageTest {

    @Test
    void aReportIsInEnglishUnlessAskedOtherwise() {
        CliRun.Result r = run(compact(example(0)), "evaluate", "-");

        assertEquals(0, r.exitCode(), r.err());
        assertEquals("en", r.json().get("language").textValue());
    }

    @Test
    void spanishReportsDecideAsEnglishOnesDo() {
        for (String tag : List.of("es", "es-CR")) {
            CliRun.Result es = run(compact(example(2)), "evaluate", "--lang", tag, "-");
            CliRun.Result en = run(compact(example(2)), "evaluate", "--lang", "en", "-");

            assertEquals(0, es.exitCode(), es.err());
            assertEquals("es", es.json().get("language").textValue(), "only the language part of " + tag + " counts");
            for (String pathway : PATHWAYS) {
                assertEquals(status(en.json(), pathway), status(es.json(), pathway), pathway);
            }
            assertEquals(criteria(en.json()), criteria(es.json()));
            assertEquals(7, en.json().findValues("criteria").size(), "access and six pathways, each with criteria");
        }
    }

    @Test
    void jsonLinesAreWordedInTheAskedLanguageToo() {
        CliRun.Result r = run(compact(example(0)) + "\n" + compact(example(1)) + "\n", "evaluate", "--jsonl",
                "--lang", "es", "-");

        assertEquals(0, r.exitCode(), r.err());
        for (JsonNode report : r.lines()) {
            assertEquals("es", report.get("language").textValue());
        }
    }

    /** Every criterion id with its outcome, access and pathways in report order. */
    private static List<String> criteria(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.findValues("criteria").forEach(list -> list.forEach(
                c -> out.add(c.get("id").textValue() + " " + c.get("outcome").textValue())));
        return out;
    }
}
