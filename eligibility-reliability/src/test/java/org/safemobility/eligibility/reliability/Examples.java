package org.safemobility.eligibility.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/** The 30 bundled example applicants ({@code examples/data/applicants.jsonl}). */
final class Examples {

    static final Path FILE = Path.of("../examples/data/applicants.jsonl");

    private Examples() {
    }

    static List<String> lines() {
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Applicant> applicants() {
        return lines().stream().map(EligibilityJson::readApplicant).toList();
    }

    /** The n-th example as a mutable JSON tree. */
    static ObjectNode tree(int n) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(lines().get(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The n-th example with another id. */
    static Applicant withId(int n, String id) {
        ObjectNode tree = tree(n);
        tree.put("id", id);
        return EligibilityJson.readApplicant(tree.toString());
    }
}
