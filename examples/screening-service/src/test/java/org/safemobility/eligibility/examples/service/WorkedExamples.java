package org.safemobility.eligibility.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The contract's worked examples (eligibility-rules/src/test/resources/contract-examples): each
 * applicant and the statuses the screening policy gives it, as the policy's authors worked them out.
 *
 * @param name      the file name's stem, {@code 02-honduran-sibling-frp}
 * @param applicant the applicant's JSON
 * @param statuses  {@code ACCESS} and each pathway, to its expected status
 */
record WorkedExamples(String name, JsonNode applicant, Map<String, String> statuses) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path folder() {
        String configured = System.getProperty("screening.examples");
        return Path.of(configured != null ? configured : "../../eligibility-rules/src/test/resources/contract-examples");
    }

    static List<WorkedExamples> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".applicant.json")).sorted()
                    .map(WorkedExamples::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkedExamples named(String prefix) {
        return all().stream().filter(e -> e.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static WorkedExamples of(Path applicantFile) {
        String name = applicantFile.getFileName().toString().replace(".applicant.json", "");
        try {
            JsonNode applicant = JSON.readTree(applicantFile.toFile());
            JsonNode expected = JSON.readTree(applicantFile.resolveSibling(name + ".expected.json").toFile());
            Map<String, String> statuses = new LinkedHashMap<>();
            statuses.put("ACCESS", expected.get("access").get("status").asText());
            for (JsonNode p : expected.get("pathways")) {
                statuses.put(p.get("pathway").asText(), p.get("status").asText());
            }
            return new WorkedExamples(name, applicant, statuses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The applicant's answer at a field path ({@code usRelatives[0].i130.status}), or {@code null} when absent. */
    JsonNode answer(String path) {
        JsonNode node = applicant;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            node = node == null ? null : node.get(name);
            if (bracket >= 0 && node != null) {
                node = node.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return node == null || node.isNull() ? null : node;
    }

    @Override
    public String toString() {
        return name;
    }
}
