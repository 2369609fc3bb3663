package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One language's message catalog as an analyst writes it: {@code messages/<language>.properties}
 * in the rules folder, UTF-8, one {@code key = text} a line, {@code #} comments and blank lines
 * ignored. A subset of Java's properties format (no continuation lines, no escapes), so that
 * every message is one line an analyst can find by its number. Placeholders are {@code {name}}.
 *
 * <p>The one reader of the format: the engine and the linter both parse with it.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class MessageFile {

    /** The folder of the catalogs in a rule set. */
    public static final String FOLDER = "messages/";
    /** The file name: a lowercase ISO 639 language code. */
    private static final Pattern NAME = Pattern.compile("messages/([a-z]{2,3})\\.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** A message, with the line it is on. */
    public record Entry(String key, String text, int line) {
    }

    /** A line that is not a message, comment or blank. */
    public record Defect(int line, String problem) {
    }

    private final String language;
    private final Map<String, Entry> entries;
    private final List<Defect> defects;

    private MessageFile(String language, Map<String, Entry> entries, List<Defect> defects) {
        this.language = language;
        this.entries = entries;
        this.defects = defects;
    }

    /** The language of a catalog file of a rule set's manifest, or {@code null} if it is no catalog. */
    public static String languageOf(String file) {
        Matcher m = NAME.matcher(file);
        return m.matches() ? m.group(1) : null;
    }

    /** Whether a manifest entry is under {@code messages/} (and so must be a catalog). */
    public static boolean isUnderFolder(String file) {
        return file.startsWith(FOLDER);
    }

    /** Parses a catalog's text; never fails, lines it cannot read are {@link #defects()}. */
    public static MessageFile parse(String language, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Defect> defects = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                defects.add(new Defect(number, "not a 'key = text' line"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                defects.add(new Defect(number, "a key has no spaces"));
            } else if (value.isEmpty()) {
                defects.add(new Defect(number, "'" + key + "' has no text"));
            } else if (entries.containsKey(key)) {
                defects.add(new Defect(number, "'" + key + "' again (first on line " + entries.get(key).line() + ")"));
            } else {
                entries.put(key, new Entry(key, value, number));
            }
        }
        return new MessageFile(language, entries, defects);
    }

    /** The placeholder names of a message text, in order, each once. */
    public static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!out.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** The language code, for example {@code es}. */
    public String language() {
        return language;
    }

    /** The language as a locale. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The messages by key, in file order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    public List<Defect> defects() {
        return defects;
    }
}
