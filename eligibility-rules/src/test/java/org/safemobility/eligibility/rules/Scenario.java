package org.safemobility.eligibility.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.testing.JsonMergePatch;

/**
 * One hand-written scenario from {@code src/test/resources/scenarios} (format in the README there).
 *
 * @param file      the file it comes from
 * @param name      what it proves
 * @param applicant the applicant JSON, base and patch applied
 * @param asOf      the as-of date, or null
 * @param boundary  the date boundary it sits on, or null
 * @param expect    the expectations
 */
record Scenario(String file, String name, JsonNode applicant, LocalDate asOf, String boundary, JsonNode expect) {

    static final Path DIR = Path.of("src/test/resources/scenarios");

    static List<Scenario> all() {
        try (Stream<Path> files = Files.walk(DIR)) {
            List<Scenario> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.addAll(load(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Scenario> load(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        JsonNode bases = root.path("bases");
        List<Scenario> out = new ArrayList<>();
        for (JsonNode s : root.get("scenarios")) {
            JsonNode applicant;
            if (s.has("applicant")) {
                applicant = s.get("applicant");
            } else {
                JsonNode base = bases.get(s.get("base").textValue());
                if (base == null) {
                    throw new IllegalArgumentException(file + ": unknown base " + s.get("base"));
                }
                applicant = JsonMergePatch.apply(base, s.get("patch"));
            }
            out.add(new Scenario(DIR.relativize(file).toString(), s.get("name").textValue(), applicant,
                    s.has("asOf") ? LocalDate.parse(s.get("asOf").textValue()) : null,
                    s.has("boundary") ? s.get("boundary").textValue() : null,
                    s.get("expect")));
        }
        return out;
    }

    @Override
    public String toString() {
        return file + ": " + name;
    }
}
