package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.cli.CliRun.JSON;
import static org.safemobility.eligibility.cli.CliRun.compact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * In a batch, bad records mixed in at random positions never stop or change the good ones: every
 * good applicant's report is byte for byte the one it gets in a batch of good applicants only, and
 * every bad record is an error object in its own place.
 */
class BadRecordsProperties {

    /** The 30 bundled examples, and their reports when evaluated alone as JSON Lines. */
    private static final List<String> GOOD = goodLines();
    private static final List<String> GOOD_REPORTS = goodReports();

    private static List<String> goodLines() {
        try {
            return Files.readAllLines(CliRun.EXAMPLES, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> goodReports() {
        CliRun.Result r = CliRun.run(String.join("\n", GOOD) + "\n", "evaluate", "--jsonl", "--as-of", "2024-03-01", "-");
        assertEquals(0, r.exitCode(), r.err());
        return List.of(r.out().split("\n"));
    }

    /** A bad record: one line of JSON Lines, or one element of an array ({@code null} when it cannot be one). */
    record Bad(String line, String element) {
    }

    @Provide
    Arbitrary<List<Bad>> bad() {
        return oneBad().list().ofMinSize(1).ofMaxSize(8);
    }

    private Arbitrary<Bad> oneBad() {
        Arbitrary<Integer> example = Arbitraries.integers().between(0, GOOD.size() - 1);
        Arbitrary<Bad> invalid = Combinators.invalidApplicants(example, GOOD);
        Arbitrary<Bad> notJson = Arbitraries.strings().ofMaxLength(40)
                .filter(s -> !s.isBlank() && !s.contains("\n") && !s.contains("\r") && !isJson(s))
                .map(s -> new Bad(s, null));
        Arbitrary<Bad> notAnObject = Arbitraries.of("42", "null", "true", "\"smo-gt-0001\"", "[]", "[{\"id\":\"smo-x\",\"office\":\"GT\"}]")
                .map(s -> new Bad(s, s));
        Arbitrary<Bad> oversized = Arbitraries.of(
                new Bad("{\"id\":\"smo-x\",\"office\":\"GT\",\"maritalStatus\":\"" + "x".repeat(5_000) + "\"}",
                        "{\"id\":\"smo-x\",\"office\":\"GT\",\"maritalStatus\":\"" + "x".repeat(5_000) + "\"}"),
                new Bad("[" + "\"GT\",".repeat(60_000) + "\"GT\"]", "[" + "\"GT\",".repeat(60_000) + "\"GT\"]"),
                new Bad("{\"id\":\"smo-x\",\"office\":\"GT\",\"nationalities\":[" + "\"GT\",".repeat(150) + "\"GT\"]}",
                        "{\"id\":\"smo-x\",\"office\":\"GT\",\"nationalities\":[" + "\"GT\",".repeat(150) + "\"GT\"]}"),
                new Bad("[".repeat(40) + "]".repeat(40), "[".repeat(40) + "]".repeat(40)),
                new Bad("{\"id\":\"smo-x\",\"id\":\"smo-y\",\"office\":\"GT\"}", null));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, invalid), net.jqwik.api.Tuple.of(2, notJson),
                net.jqwik.api.Tuple.of(1, notAnObject), net.jqwik.api.Tuple.of(1, oversized));
    }

    private static boolean isJson(String s) {
        try {
            JSON.readTree(s);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, GOOD.size()).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 25)
    void badLinesNeverChangeTheGoodOnes(@ForAll("bad") List<Bad> bad, @ForAll("positions") List<Integer> at) {
        check(bad, at, true);
    }

    @Property(tries = 25)
    void badArrayElementsNeverChangeTheGoodOnes(@ForAll("bad") List<Bad> bad, @ForAll("positions") List<Integer> at) {
        check(bad, at, false);
    }

    @Property(tries = 400)
    @Tag("stress")
    void badLinesNeverChangeTheGoodOnesStress(@ForAll("bad") List<Bad> bad, @ForAll("positions") List<Integer> at) {
        check(bad, at, true);
    }

    @Property(tries = 400)
    @Tag("stress")
    void badArrayElementsNeverChangeTheGoodOnesStress(@ForAll("bad") List<Bad> bad, @ForAll("positions") List<Integer> at) {
        check(bad, at, false);
    }

    private static void check(List<Bad> bad, List<Integer> at, boolean lines) {
        List<Object> records = new ArrayList<>(GOOD.size() + bad.size());
        for (int i = 0; i < GOOD.size(); i++) {
            records.add(i);
        }
        int inserted = 0;
        for (int k = 0; k < bad.size() && k < at.size(); k++) {
            Bad b = bad.get(k);
            if (!lines && b.element() == null) {
                continue;
            }
            records.add(Math.min(at.get(k) + inserted, records.size()), b);
            inserted++;
        }
        StringBuilder input = new StringBuilder(lines ? "" : "[");
        for (int i = 0; i < records.size(); i++) {
            Object r = records.get(i);
            String text = r instanceof Integer g ? GOOD.get(g) : lines ? ((Bad) r).line() : ((Bad) r).element();
            input.append(lines ? "" : i == 0 ? "" : ",").append(text).append(lines ? "\n" : "");
        }
        input.append(lines ? "" : "]");

        CliRun.Result r = lines
                ? CliRun.run(input.toString(), "evaluate", "--jsonl", "--as-of", "2024-03-01", "-")
                : CliRun.run(input.toString(), "evaluate", "--as-of", "2024-03-01", "-");

        assertEquals(inserted == 0 ? 0 : 2, r.exitCode(), r.err());
        List<String> out = new ArrayList<>();
        if (lines) {
            out.addAll(List.of(r.out().split("\n")));
        } else {
            r.json().forEach(n -> out.add(compact(n)));
        }
        assertEquals(records.size(), out.size(), "one result per record");
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i) instanceof Integer g) {
                assertEquals(lines ? GOOD_REPORTS.get(g) : compact(readTree(GOOD_REPORTS.get(g))), out.get(i),
                        "the good record at " + i + " kept its report");
            } else {
                JsonNode error = readTree(out.get(i));
                assertTrue(error.has("errors"), "the bad record at " + i + " is an error object: " + out.get(i));
                assertFalse(error.get("errors").isEmpty());
            }
        }
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(r.err().contains("internal failure"), r.err());
    }

    private static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Invalid applicants: a good example broken in one of several ways. */
    static final class Combinators {
        private Combinators() {
        }

        static Arbitrary<Bad> invalidApplicants(Arbitrary<Integer> example, List<String> good) {
            List<java.util.function.Consumer<ObjectNode>> breakers = List.of(
                    a -> a.put("office", "ZZ"),
                    a -> a.put("dateOfBirth", "0000-00-00"),
                    a -> a.put("applicationDate", "+999999999-12-31"),
                    a -> a.putArray("nationalities").add("gt"),
                    a -> a.put("id", "bad id\r\nforged"),
                    a -> a.remove("id"),
                    a -> a.put("dateOfBirth", 19_880_101),
                    a -> a.put("unknown\u0000key", 1),
                    a -> a.putObject("residence").put("country", "XX"),
                    a -> a.put("dateOfBirth", "2999-01-01"));
            return Arbitraries.integers().between(0, breakers.size() - 1).flatMap(b -> example.map(e -> {
                ObjectNode a = readObject(good.get(e));
                breakers.get(b).accept(a);
                String text = compact(a);
                return new Bad(text, text);
            }));
        }

        private static ObjectNode readObject(String s) {
            try {
                return (ObjectNode) JSON.readTree(s);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
