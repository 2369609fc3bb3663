package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The impact JSON the command line and a cluster job both write, here from the report of
 * {@link ImpactDiffTest#population()} (every count derived there). The command line's tests check
 * the rest of the document through {@code eligibility diff --format json}.
 */
class ImpactJsonTest {

    @Test
    void writesTheSourcesTheCountsAndTheExamplesInSeverityOrder() throws IOException {
        ImpactReport impact = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after()).build()
                .compare(ImpactDiffTest.population());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImpactJson.write(out, new ImpactJson.Sources("rules", "rules-edited", "part-*.jsonl", 0, 0), impact);

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"), "one document, then a newline");
        JsonNode doc = new ObjectMapper().readTree(text);
        assertEquals("rules", doc.path("old").path("rules").asText());
        assertEquals("rules-edited", doc.path("new").path("rules").asText());
        assertEquals("part-*.jsonl", doc.path("population").path("source").asText());
        assertEquals(7, doc.path("population").path("size").asLong());
        assertEquals(7, doc.path("population").path("compared").asLong());
        assertEquals(4, doc.path("population").path("changed").asLong()); // 3, 4, 6, 7
        assertEquals(3, doc.path("population").path("lost").asLong()); // 3 (refugee), 6 and 7 (FRP)
        assertEquals(0, doc.path("warnings").size(), "no tables compared, so no row to miss");
        List<String> ids = new ArrayList<>();
        doc.path("changedApplicants").forEach(a -> ids.add(a.path("applicantId").asText()));
        assertEquals(List.of("gt-first-closed", "frp-ec-derivative", "frp-switch", "gt-late-minor"), ids);
        assertEquals("LOSES_ELIGIBLE", doc.path("changedApplicants").get(0).path("severity").asText());
    }

    @Test
    void aGeneratedPopulationIsNamedByItsSeed() throws IOException {
        ImpactReport impact = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.before()).build()
                .compare(ImpactDiffTest.population());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ImpactJson.write(out, new ImpactJson.Sources("bundled", "bundled", null, 7, 42), impact);

        JsonNode population = new ObjectMapper().readTree(out.toByteArray()).path("population");
        assertEquals("generated", population.path("source").asText());
        assertEquals(42, population.path("seed").asLong());
        assertEquals(0, population.path("changed").asLong());
    }
}
