package org.safemobility.eligibility.authoring.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * Reads scenario files: every {@code *.json} file of a folder and its sub-folders. The format is
 * described in {@code eligibility-rules/src/test/resources/scenarios/README.md}: an object with an
 * optional {@code subject}, optional named {@code bases} and a {@code scenarios} array; each
 * scenario has a {@code name}, an {@code applicant} or a {@code base} with an optional JSON Merge
 * Patch ({@code patch}), optionally {@code asOf} and {@code boundary}, and its {@code expect}ations.
 *
 * <pre>{@code
 * List<Scenario> scenarios = ScenarioFiles.read(Path.of("src/test/resources/scenarios"));
 * ScenarioRun run = ScenarioRunner.of(engine).runAll(scenarios);
 * }</pre>
 *
 * <p>Reading is strict, so that a typo cannot silently check nothing: an unknown key, a duplicate
 * key, a value of the wrong type or outside its enumeration, an unknown base, two scenarios of one
 * file with the same name, or an applicant that breaks the applicant contract is a problem. Every
 * file is read and every problem listed before {@link ScenarioFileException} is thrown. Stateless
 * and thread-safe.
 */
public final class ScenarioFiles {

    /** Numbers stay exact, as the engine's reader keeps them: 10.999999999999999999 is no whole number. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Set<String> FILE_KEYS = Set.of("subject", "bases", "scenarios");
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "applicant", "base", "patch", "asOf", "boundary",
            "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("access", "pathways", "criteria", "missing",
            "missingInformation");
    private static final Set<String> MISSING_FIELD_KEYS = Set.of("field", "pathways");

    private ScenarioFiles() {
    }

    /**
     * As {@link #read(List)}.
     *
     * @param paths scenario files, or folders searched with their sub-folders
     * @return the scenarios, in the order of the paths and of each file
     * @throws ScenarioFileException listing every problem of every file, when there is any
     */
    public static List<Scenario> read(Path... paths) {
        return read(Arrays.asList(paths));
    }

    /**
     * The scenarios of every {@code *.json} file under {@code paths}: each path is a folder, searched
     * with its sub-folders, or one file. Files are read in the order of the paths, and within a
     * folder in the order of their paths; scenarios in the order of their file.
     *
     * @param paths scenario files, or folders searched with their sub-folders
     * @return the scenarios, in the order of the paths and of each file
     * @throws ScenarioFileException listing every problem of every file, when there is any
     */
    public static List<Scenario> read(List<Path> paths) {
        List<String> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path, problems)) {
                new FileReader(file, problems).read(scenarios);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioFileException(problems);
        }
        return List.copyOf(scenarios);
    }

    /**
     * A scenario's applicant tree read as the engine reads applicant JSON (the one reader of the
     * contract), through its text so that the reader's limits apply as to any input.
     *
     * @throws InvalidApplicantException when it breaks the contract
     */
    static Applicant applicantOf(JsonNode applicant) {
        try {
            return EligibilityJson.readApplicant(JSON.writeValueAsString(applicant));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always writes", e);
        }
    }

    private static List<Path> files(Path path, List<String> problems) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(path + ":0: no-such-path: not a folder or a file");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            problems.add(path + ":0: unreadable: the folder cannot be listed (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
    }

    /** Reads one file, adding its problems; knows the line on which each JSON value starts. */
    private static final class FileReader {
        private final Path file;
        private final List<String> problems;
        private final Map<String, Integer> lines = new HashMap<>();

        FileReader(Path file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        void read(List<Scenario> out) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                problems.add(file + ":0: no-such-path: not a folder or a file");
                return;
            } catch (IOException e) {
                problems.add(file + ":0: unreadable: " + e.getClass().getSimpleName());
                return;
            }
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
                noteLines(bytes);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String code = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                        ? "duplicate-key" : "malformed-json";
                String what = code.equals("duplicate-key") ? "an object holds the same key twice" : "not well-formed JSON";
                problems.add(file + ":" + (at == null ? 0 : Math.max(at.getLineNr(), 0)) + ": " + code + ": " + what
                        + (at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")"));
                return;
            } catch (IOException e) {
                problems.add(file + ":0: unreadable: " + e.getClass().getSimpleName());
                return;
            }
            if (root == null || root.isMissingNode()) {
                problems.add(file + ":0: malformed-json: the file holds no JSON value");
                return;
            }
            if (!object(root, "", FILE_KEYS)) {
                return;
            }
            JsonNode bases = root.get("bases");
            if (bases != null && object(bases, "/bases", null)) {
                for (Iterator<Map.Entry<String, JsonNode>> it = bases.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> base = it.next();
                    if (!base.getValue().isObject()) {
                        problem("/bases/" + escape(base.getKey()), "bad-value", "must be an object (an applicant)");
                    }
                }
            }
            if (root.has("subject") && !root.get("subject").isTextual()) {
                problem("/subject", "bad-value", "must be a string");
            }
            JsonNode scenarios = root.get("scenarios");
            if (scenarios == null) {
                problem("", "missing-key", "needs a scenarios array");
                return;
            }
            if (!scenarios.isArray()) {
                problem("/scenarios", "bad-value", "must be an array");
                return;
            }
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenario(scenarios.get(i), "/scenarios/" + i, bases, names);
                if (s != null) {
                    out.add(s);
                }
            }
        }

        private Scenario scenario(JsonNode node, String at, JsonNode bases, Map<String, String> names) {
            if (!object(node, at, SCENARIO_KEYS)) {
                return null;
            }
            int before = problems.size();
            String name = text(node, at, "name", true);
            if (name != null) {
                if (name.isBlank()) {
                    problem(at + "/name", "bad-value", "must not be blank");
                } else if (names.containsKey(name)) {
                    problem(at + "/name", "duplicate-name", "the same name as " + names.get(name));
                } else {
                    names.put(name, at);
                }
            }
            JsonNode applicant = applicant(node, at, bases);
            LocalDate asOf = null;
            String asOfText = text(node, at, "asOf", false);
            if (asOfText != null) {
                try {
                    asOf = LocalDate.parse(asOfText);
                } catch (DateTimeParseException e) {
                    problem(at + "/asOf", "bad-value", "must be a date, YYYY-MM-DD");
                }
            }
            String boundary = text(node, at, "boundary", false);
            Expectations expect = null;
            if (!node.has("expect")) {
                problem(at, "missing-key", "needs expect (what the report must say)");
            } else {
                expect = expectations(node.get("expect"), at + "/expect");
            }
            if (applicant != null) {
                validApplicant(applicant, at);
            }
            return problems.size() > before ? null : new Scenario(file, name, applicant, asOf, boundary, expect, line(at + "/name"));
        }

        private JsonNode applicant(JsonNode node, String at, JsonNode bases) {
            JsonNode applicant = node.get("applicant");
            JsonNode base = node.get("base");
            JsonNode patch = node.get("patch");
            if (applicant != null) {
                if (base != null || patch != null) {
                    problem(at, "bad-value", "give either applicant, or base with an optional patch, not both");
                    return null;
                }
                if (!applicant.isObject()) {
                    problem(at + "/applicant", "bad-value", "must be an object");
                    return null;
                }
                return applicant;
            }
            if (base == null) {
                problem(at, "missing-key", patch == null ? "needs applicant, or base with an optional patch"
                        : "a patch needs a base to apply to");
                return null;
            }
            if (!base.isTextual()) {
                problem(at + "/base", "bad-value", "must be the name of one of bases");
                return null;
            }
            JsonNode target = bases == null ? null : bases.get(base.textValue());
            if (target == null) {
                problem(at + "/base", "unknown-base", "names no entry of bases");
                return null;
            }
            if (!target.isObject()) {
                return null; // reported once, at the base
            }
            if (patch == null) {
                return target;
            }
            if (!patch.isObject()) {
                problem(at + "/patch", "bad-value", "must be an object (a JSON Merge Patch of the base)");
                return null;
            }
            return JsonMergePatch.apply(target, patch);
        }

        private void validApplicant(JsonNode applicant, String at) {
            try {
                applicantOf(applicant);
            } catch (InvalidApplicantException e) {
                for (Violation v : e.violations()) {
                    problem(at, "invalid-applicant", "the applicant breaks the contract: "
                            + (v.field().isEmpty() ? "(applicant)" : v.field()) + " " + v.code() + ": " + v.message());
                }
            }
        }

        private Expectations expectations(JsonNode node, String at) {
            if (!object(node, at, EXPECT_KEYS)) {
                return null;
            }
            Status access = null;
            if (node.has("access")) {
                access = constant(node.get("access"), at + "/access", Status.class);
            }
            Map<Pathway, Status> pathways = new LinkedHashMap<>();
            members(node, at, "pathways", (key, value, where) -> {
                Pathway p = constant(key, Pathway.class);
                if (p == null) {
                    problem(where, "unknown-key", "not a pathway; one of " + names(Pathway.class));
                }
                Status s = constant(value, where, Status.class);
                if (p != null && s != null) {
                    pathways.put(p, s);
                }
            });
            Map<String, Outcome> criteria = new LinkedHashMap<>();
            members(node, at, "criteria", (key, value, where) -> {
                Outcome o = constant(value, where, Outcome.class);
                if (o != null) {
                    criteria.put(key, o);
                }
            });
            Map<String, List<String>> missing = new LinkedHashMap<>();
            members(node, at, "missing", (key, value, where) -> {
                List<String> fields = strings(value, where);
                if (fields != null) {
                    missing.put(key, fields);
                }
            });
            List<Expectations.MissingField> missingInformation = null;
            JsonNode list = node.get("missingInformation");
            if (list != null) {
                missingInformation = new ArrayList<>();
                if (!list.isArray()) {
                    problem(at + "/missingInformation", "bad-value", "must be an array");
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        String where = at + "/missingInformation/" + i;
                        JsonNode entry = list.get(i);
                        if (object(entry, where, MISSING_FIELD_KEYS)) {
                            String field = text(entry, where, "field", true);
                            List<String> scopes = entry.has("pathways") ? strings(entry.get("pathways"), where + "/pathways")
                                    : null;
                            if (!entry.has("pathways")) {
                                problem(where, "missing-key", "needs pathways");
                            }
                            if (field != null && scopes != null) {
                                missingInformation.add(new Expectations.MissingField(field, scopes));
                            }
                        }
                    }
                }
            }
            return new Expectations(access, pathways, criteria, missing, missingInformation);
        }

        /** Calls {@code each} for every member of the object {@code node.key}, if there is one. */
        private void members(JsonNode node, String at, String key, MemberVisitor each) {
            JsonNode members = node.get(key);
            String where = at + "/" + key;
            if (members == null || !object(members, where, null)) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                each.visit(m.getKey(), m.getValue(), where + "/" + escape(m.getKey()));
            }
        }

        private interface MemberVisitor {
            void visit(String key, JsonNode value, String at);
        }

        /** True when {@code node} is an object whose keys are all in {@code allowed} (null: any). */
        private boolean object(JsonNode node, String at, Set<String> allowed) {
            if (!node.isObject()) {
                problem(at, "bad-value", "must be an object");
                return false;
            }
            if (allowed != null) {
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!allowed.contains(key)) {
                        problem(at + "/" + escape(key), "unknown-key", "not a key of the scenario format; expected one of "
                                + allowed.stream().sorted().collect(Collectors.joining(", ")));
                    }
                }
            }
            return true;
        }

        private String text(JsonNode node, String at, String key, boolean required) {
            JsonNode value = node.get(key);
            if (value == null) {
                if (required) {
                    problem(at, "missing-key", "needs " + key);
                }
                return null;
            }
            if (!value.isTextual()) {
                problem(at + "/" + key, "bad-value", "must be a string");
                return null;
            }
            return value.textValue();
        }

        private List<String> strings(JsonNode value, String at) {
            if (!value.isArray()) {
                problem(at, "bad-value", "must be an array of strings");
                return null;
            }
            List<String> out = new ArrayList<>();
            for (JsonNode v : value) {
                if (!v.isTextual()) {
                    problem(at, "bad-value", "must be an array of strings");
                    return null;
                }
                out.add(v.textValue());
            }
            return out;
        }

        private <E extends Enum<E>> E constant(JsonNode value, String at, Class<E> type) {
            E e = value.isTextual() ? constant(value.textValue(), type) : null;
            if (e == null) {
                problem(at, "bad-value", "must be one of " + names(type));
            }
            return e;
        }

        private static <E extends Enum<E>> E constant(String name, Class<E> type) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
            return null;
        }

        private static <E extends Enum<E>> String names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        private void problem(String pointer, String code, String message) {
            problems.add(file + ":" + line(pointer) + ": " + code + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
        }

        /** The line where the value at {@code pointer}, or the nearest enclosing one, starts. */
        private int line(String pointer) {
            String p = pointer;
            while (true) {
                Integer line = lines.get(p);
                if (line != null || p.isEmpty()) {
                    return line == null ? 0 : line;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        }

        /** Records, for the JSON pointer of every value, the line it starts on. */
        private void noteLines(byte[] bytes) throws IOException {
            try (JsonParser parser = JSON.createParser(bytes)) {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.FIELD_NAME || t.isStructEnd()) {
                        continue;
                    }
                    JsonStreamContext context = t.isStructStart()
                            ? parser.getParsingContext().getParent() : parser.getParsingContext();
                    lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
                }
            }
        }
    }

    /** A key as a JSON pointer segment (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
