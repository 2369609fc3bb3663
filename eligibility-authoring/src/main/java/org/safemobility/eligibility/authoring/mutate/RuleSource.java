package org.safemobility.eligibility.authoring.mutate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * The rule set being mutated, read once: its name and the text of every file its manifest names.
 * Each mutant is written out as a rules folder of its own (the manifest and every file, one of them
 * changed), so that it is linted and compiled exactly as an analyst's folder is.
 */
final class RuleSource {

    private final String description;
    private final String name;
    private final Map<String, String> texts;

    private RuleSource(String description, RuleSetFiles files) {
        this.description = description;
        this.name = files.name();
        this.texts = new LinkedHashMap<>();
        for (String file : files.files()) {
            texts.put(file, new String(files.read(file), StandardCharsets.UTF_8));
        }
    }

    static RuleSource folder(Path folder) {
        return new RuleSource(folder.toString(), RuleSetFiles.folder(folder));
    }

    static RuleSource bundled() {
        return new RuleSource("the bundled rules", RuleSetFiles.bundled(RuleSource.class.getClassLoader()));
    }

    /** The folder, or "the bundled rules". */
    String description() {
        return description;
    }

    /** Every change the operators can make, numbered in file order (manifest order), then text order. */
    List<Mutant> mutants() {
        List<Mutant> out = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String file = e.getKey();
            String text = e.getValue();
            List<Change> changes = file.endsWith(".drl") ? DrlMutations.of(text)
                    : file.startsWith("reference/") && file.endsWith(".csv") ? TableMutations.of(text) : List.of();
            for (Change c : changes) {
                int lineStart = text.lastIndexOf('\n', c.offset() - 1) + 1;
                int line = 1 + (int) text.substring(0, c.offset()).chars().filter(ch -> ch == '\n').count();
                out.add(new Mutant("M" + (out.size() + 1), file, line, c.offset() - lineStart + 1, c.operator(),
                        c.offset(), c.original(), c.replacement()));
            }
        }
        return out;
    }

    /** Writes the rule set, with {@code mutant}'s change when it is not null, as a rules folder at {@code dir}. */
    Path write(Path dir, Mutant mutant) {
        try {
            Files.createDirectories(dir);
            StringBuilder manifest = new StringBuilder("name=").append(name).append('\n');
            for (Map.Entry<String, String> e : texts.entrySet()) {
                manifest.append(e.getKey()).append('\n');
                String text = mutant != null && mutant.file().equals(e.getKey()) ? mutant.applyTo(e.getValue()) : e.getValue();
                Path to = dir.resolve(e.getKey());
                Files.createDirectories(to.getParent());
                Files.writeString(to, text, StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve(RuleSetFiles.MANIFEST), manifest, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything in it; a file that will not go is left. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a run for
        }
    }
}
