package org.safemobility.eligibility.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddingExampleTest {

    @Test
    void theEmbeddingExamplePrintsStatusesAndQuestions() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(EmbeddingExample.APPLICANT, LocalDate.of(2023, 8, 15), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        // Policy: a Nicaraguan asylum seeker in Costa Rica who arrived before 2023-06-12, registering on
        // 2023-08-15, passes access; persecution and nexus are met, the bars are unanswered.
        assertEquals("REFUGEE_RESETTLEMENT: POSSIBLY_ELIGIBLE", lines.get(0));
        assertEquals("CENTRAL_AMERICAN_MINORS: NOT_ELIGIBLE", lines.get(2), "23 years old and not in SV, GT or HN");
        assertTrue(lines.contains("ask about protection.participatedInPersecution for [REFUGEE_RESETTLEMENT]"), lines.toString());
    }

    @Test
    void theBuiltBatchGivesAReportAndARejectionInInputOrder() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.screenBatch(LocalDate.of(2023, 8, 15), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        // the same Nicaraguan as the JSON example, built in Java: the same statuses, six pathways
        assertEquals("example-1 REFUGEE_RESETTLEMENT: POSSIBLY_ELIGIBLE", lines.get(0));
        assertEquals("example-1 CENTRAL_AMERICAN_MINORS: NOT_ELIGIBLE", lines.get(2));
        // a country code must be upper case (applicant.schema.json): rejected, and named by field only
        assertEquals(List.of("example-2 rejected: nationalities[0] lower-case-country"), lines.subList(6, lines.size()));
    }

    @Test
    void theJavaModelExampleExplainsAPendingCertification() {
        List<String> lines = JavaModelExample.explainH2a();
        assertEquals(List.of("SMO-ACCESS MET", "H2A-JOB-OFFER MET", "H2A-LABOR-CERTIFICATION UNKNOWN", "H2A-NATIONALITY MET"),
                lines.stream().map(l -> l.substring(0, l.indexOf(':'))).toList());
        assertTrue(lines.get(2).endsWith("The employer's temporary labour certification is still pending."), lines.get(2));
    }

    /** The README's embedding snippets are cut from the tagged regions of the compiled example. */
    @ParameterizedTest
    @ValueSource(strings = {"embed", "builders"})
    void readmeSnippetIsTheCompiledExample(String tag) throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String source = Files.readString(root.resolve("examples/src/main/java/org/safemobility/eligibility/examples/EmbeddingExample.java"));
        String start = "// tag::" + tag + "[]";
        String region = source.substring(source.indexOf(start) + start.length(), source.indexOf("        // end::" + tag + "[]"));
        String snippet = region.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .filter(l -> !l.isEmpty()).reduce((a, b) -> a + "\n" + b).orElseThrow();
        String readme = Files.readString(root.resolve("README.md"));
        assertTrue(readme.contains(snippet), "README.md must contain the snippet:\n" + snippet);
    }
}
