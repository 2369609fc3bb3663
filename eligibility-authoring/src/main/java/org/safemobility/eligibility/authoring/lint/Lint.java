package org.safemobility.eligibility.authoring.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.TableDate;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.internal.MessageFile;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * The linter's engine room; use {@link org.safemobility.eligibility.authoring.RuleLinter}. Public
 * only because that facade lives in another package: not an API, it may change in any release.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Lint {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Lint() {
    }

    /**
     * Every problem of the rule set, sorted by file and line; empty when it lints clean.
     *
     * @param files the rule set, read into memory
     * @return every problem, sorted by file and line; empty when it lints clean
     */
    public static List<Problem> run(RuleSetFiles files) {
        Set<Problem> out = new LinkedHashSet<>();
        ReferenceNames names = new ReferenceNames();
        Map<String, Integer> criteria = TableCheck.check(files, out, names);
        Set<String> read = new HashSet<>();
        Set<String> decided = new HashSet<>();
        boolean allParsed = true;
        List<RuleReason> reasons = new ArrayList<>();
        ClassLoader factsLoader = Screening.class.getClassLoader();
        for (String file : files.files()) {
            if (file.endsWith(".drl")) {
                String text = new String(files.read(file), StandardCharsets.UTF_8);
                Set<String> ids = DrlCheck.check(file, text, criteria == null ? null : criteria.keySet(), factsLoader, out, reasons);
                ReferenceCallCheck.check(file, text, names, read, out);
                if (ids == null) {
                    allParsed = false;
                } else {
                    decided.addAll(ids);
                }
            }
        }
        if (allParsed) {
            ReferenceCallCheck.unread(names, read, out);
        }
        MessageCheck.check(files, allParsed ? reasons : null, out);
        if (allParsed && criteria != null) {
            criteria.forEach((id, line) -> {
                if (!decided.contains(id)) {
                    out.add(new Problem(TableCheck.CRITERIA, line, Codes.UNDECIDED_CRITERION,
                            "no rule has @criterion(\"" + id + "\"), so the report could never decide " + id));
                }
            });
        }
        if (files.folder() != null) {
            unlisted(files, out);
        }
        List<Problem> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    /**
     * DRL and CSV files, and files under messages/, in the folder that the manifest does not name:
     * the rule set would ignore them (a language not named is a language the engine does not have).
     */
    private static void unlisted(RuleSetFiles files, Set<Problem> out) {
        Path root = files.folder();
        Set<String> named = new HashSet<>(files.files());
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(path -> {
                Path relative = root.relativize(path);
                for (Path segment : relative) {
                    if (segment.toString().startsWith(".")) {
                        return; // hidden: editor and version-control files
                    }
                }
                String name = relative.toString().replace('\\', '/');
                String lower = name.toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".drl") || lower.endsWith(".csv") || MessageFile.isUnderFolder(name)) && !named.contains(name)) {
                    out.add(new Problem(name, 0, Codes.UNLISTED_FILE, "not named in " + RuleSetFiles.MANIFEST
                            + ", so the rule set ignores it; name it there or move it out of the folder"));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            out.add(new Problem(RuleSetFiles.MANIFEST, 0, Codes.UNREADABLE, "the rules folder cannot be listed: "
                    + e.getClass().getSimpleName()));
        }
    }

    /**
     * Where {@code name} is first used in the rule named {@code rule} of the DRL {@code text}, as
     * {line, column}; {@code null} when the rule or the name cannot be found. The compiler's errors
     * give a rule's first line; this finds the name they complain of.
     *
     * @param text the text of a DRL file
     * @param rule the name of a rule in it, unquoted
     * @param name the name the compiler complains of
     * @return {line, column} of its first use in the rule, both from 1, or {@code null}
     */
    public static int[] locate(String text, String rule, String name) {
        List<DrlLexer.Token> tokens = DrlLexer.tokens(text);
        List<RuleBlocks.Block> blocks = new ArrayList<>();
        RuleBlocks.split("", tokens, blocks, new ArrayList<>());
        for (RuleBlocks.Block block : blocks) {
            if (!RuleBlocks.unquote(block.name()).equals(rule)) {
                continue;
            }
            for (int i = block.start() + 2; i < block.end(); i++) {
                DrlLexer.Token t = tokens.get(i);
                if (t.kind() == DrlLexer.Kind.IDENT && t.text().equals(name)) {
                    return new int[] {t.line(), t.column()};
                }
            }
        }
        return null;
    }

    /**
     * The dates of the reference tables; see {@link org.safemobility.eligibility.authoring.RuleLinter#tableDates}.
     *
     * @param files the rule set, read into memory
     * @return the dates, in file and row order
     */
    public static List<TableDate> tableDates(RuleSetFiles files) {
        List<TableDate> dates = new ArrayList<>();
        for (String file : files.files()) {
            if (!file.startsWith("reference/") || !file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                continue;
            }
            Csv.Table table = Csv.read(file, files.read(file), new ArrayList<>());
            if (table == null) {
                continue;
            }
            for (Csv.Row row : table.rows()) {
                for (String column : table.header()) {
                    String cell = row.get(column);
                    if (DATE.matcher(cell).matches()) {
                        try {
                            dates.add(new TableDate(file, row.line(), column.strip(), LocalDate.parse(cell)));
                        } catch (DateTimeParseException e) {
                            // not a day of the calendar: the table check reports it
                        }
                    }
                }
            }
        }
        return List.copyOf(dates);
    }
}
