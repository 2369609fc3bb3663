package org.safemobility.eligibility.authoring.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The CSV tables of one rule set, by their path in the rules folder ({@code criteria.csv},
 * {@code reference/offices.csv}, and whatever tables the rule set adds): what
 * {@link TableDiff} compares row by row. Immutable.
 *
 * @param tables each table's text by its path, with {@code /} between folders, in path order
 */
public record RuleTables(Map<String, String> tables) {

    /**
     * Copies the tables, sorted by path.
     *
     * @param tables each table's text by its path, with {@code /} between folders, in path order
     */
    public RuleTables {
        Objects.requireNonNull(tables, "tables");
        tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    /**
     * The tables of a rule set given as its files' bytes by path (for example every file its
     * manifest names): those whose name ends in {@code .csv}, read as UTF-8.
     *
     * @param files a rule set's files: each file's bytes by its path in the rules folder
     * @return the CSV tables among them
     */
    public static RuleTables ofFiles(Map<String, byte[]> files) {
        Map<String, String> tables = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".csv")) {
                tables.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return new RuleTables(tables);
    }

    /**
     * The tables of the rules folder {@code folder}: every {@code .csv} file in it or below it.
     *
     * @param folder a rules folder
     * @return its CSV tables, by path relative to the folder
     * @throws UncheckedIOException when the folder or a table cannot be read
     */
    public static RuleTables folder(Path folder) {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> csv = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".csv"))
                    .toList();
            for (Path p : csv) {
                tables.put(folder.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleTables(tables);
    }
}
