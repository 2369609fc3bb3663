package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' walkthrough in docs/rules-authoring.md is true: {@code docs/scripts/walkthrough.sh}
 * replays its steps with the packaged jar, and every output line the doc shows (all but the lines
 * it elides with {@code ...}) appears, in the same order, in what the command printed, exit code
 * included.
 */
class WalkthroughIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOC = PROJECT.resolve("docs/rules-authoring.md");

    @TempDir
    Path root;

    @Test
    void everyOutputTheWalkthroughShowsIsWhatTheCommandsPrint() throws Exception {
        // a stand-in project root, so the script's my-rules/ and my-scenarios/ never touch the real one
        for (String part : List.of("docs", "eligibility-rules", "eligibility-cli", "examples")) {
            Files.createSymbolicLink(root.resolve(part), PROJECT.resolve(part));
        }
        Path out = root.resolve("walkthrough.out");
        Process process = new ProcessBuilder("bash", "docs/scripts/walkthrough.sh")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the walkthrough finished in time");
        assertEquals(0, process.exitValue(), () -> read(out));

        Map<String, Deque<List<String>>> printed = commands(read(out).lines().toList());
        List<Block> shown = docBlocks(read(DOC).lines().toList());
        assertEquals(8, shown.size(), "the doc shows validate twice, test twice, and diff in text, json, csv and html");
        for (Block block : shown) {
            Deque<List<String>> runs = printed.get(block.command());
            if (runs == null || runs.isEmpty()) {
                fail("the script does not run the doc's command " + block.command());
            }
            List<String> actual = runs.removeFirst();
            int at = 0;
            for (String line : block.lines()) {
                if (line.strip().startsWith("...")) {
                    continue;
                }
                int found = actual.subList(at, actual.size()).indexOf(line);
                if (found < 0) {
                    fail(block.command() + "\nthe doc shows a line the command did not print (at that place):\n" + line
                            + "\nprinted:\n" + String.join("\n", actual));
                }
                at += found + 1;
            }
        }
    }

    private record Block(String command, List<String> lines) {
    }

    /** Each {@code $ eligibility ...} line of the script's output, with what followed up to its exit line. */
    private static Map<String, Deque<List<String>>> commands(List<String> lines) {
        Map<String, Deque<List<String>>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("$ eligibility ")) {
                current = new ArrayList<>();
                out.computeIfAbsent(line, k -> new ArrayDeque<>()).addLast(current);
            } else if (current != null) {
                current.add(line);
                if (line.startsWith("[exit ")) {
                    current = null;
                }
            }
        }
        return out;
    }

    /** The doc's fenced blocks that begin with a {@code $ eligibility} command. */
    private static List<Block> docBlocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && i + 1 < lines.size() && lines.get(i + 1).startsWith("$ eligibility ")) {
                List<String> body = new ArrayList<>();
                int j = i + 2;
                for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                    body.add(lines.get(j));
                }
                blocks.add(new Block(lines.get(i + 1), body));
                i = j;
            }
        }
        return blocks;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(file + " unreadable", e);
        }
    }
}
