package org.safemobility.eligibility.authoring.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.internal.MessageFile;
import org.safemobility.eligibility.internal.Messages;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * The message catalogs ({@code messages/<language>.properties}), read with the engine's own
 * parser ({@link MessageFile}) and held against the rules: every language words every reason key
 * of the criterion rules ({@link Messages#requiredKeys}) and an UNDECIDED where a rule can reach
 * one; no key is left over from a typo or a removed criterion; and every {@code {placeholder}} is
 * one the rule gives (or every template of its kind has). A catalog the engine would refuse, or a
 * placeholder that would make it fail while wording a report, is found here, at its line.
 */
final class MessageCheck {

    /** A candidate with no petition or offer is worded without one: only these (see Messages#reason). */
    private static final Set<String> NO_CANDIDATE_PLACEHOLDERS = Set.of("date", "office");

    private final Collection<Problem> out;
    /** The criterion rules by reason key, or {@code null} when a DRL file did not parse. */
    private final Map<String, List<RuleReason>> rules;

    private MessageCheck(Collection<Problem> out, Map<String, List<RuleReason>> rules) {
        this.out = out;
        this.rules = rules;
    }

    /**
     * Checks the catalogs the manifest names.
     *
     * @param rules the criterion rules of the DRL files, or {@code null} when some file did not parse
     *              (then only what needs no rules is checked: the files' syntax and the placeholders
     *              of candidates, notes, questions and values)
     */
    static void check(RuleSetFiles files, Collection<RuleReason> rules, Collection<Problem> out) {
        Map<String, List<RuleReason>> byKey = null;
        if (rules != null) {
            byKey = new TreeMap<>();
            for (RuleReason r : rules) {
                byKey.computeIfAbsent(r.reasonKey(), k -> new ArrayList<>()).add(r);
            }
        }
        new MessageCheck(out, byKey).run(files);
    }

    private void run(RuleSetFiles files) {
        Map<String, MessageFile> catalogs = new LinkedHashMap<>();
        for (String file : files.files()) {
            if (!MessageFile.isUnderFolder(file)) {
                continue;
            }
            String language = MessageFile.languageOf(file);
            if (language == null) {
                out.add(new Problem(file, 0, Codes.MESSAGE_FILE, "a catalog is messages/<language>.properties, the "
                        + "language a lowercase ISO 639 code (es, en); rename it or take it out of " + RuleSetFiles.MANIFEST));
            } else {
                catalogs.put(file, MessageFile.parse(language, new String(files.read(file), StandardCharsets.UTF_8)));
            }
        }
        String english = MessageFile.FOLDER + RuleSet.DEFAULT_LANGUAGE + ".properties";
        if (!catalogs.containsKey(english)) {
            out.add(new Problem(english, 0, Codes.MISSING_FILE, "every rule set words its reasons in English, the "
                    + "default language; name " + english + " in " + RuleSetFiles.MANIFEST));
        }
        catalogs.forEach(this::catalog);
    }

    private void catalog(String file, MessageFile catalog) {
        for (MessageFile.Defect d : catalog.defects()) {
            out.add(new Problem(file, d.line(), Codes.MESSAGE_SYNTAX, d.problem() + "; a message is one `key = text` line"));
        }
        Set<String> required = rules == null ? null : required();
        Set<String> optional = rules == null ? null : new HashSet<>();
        if (rules != null) {
            for (String key : rules.keySet()) {
                optional.add("reason." + key + "." + Messages.UNDECIDED);
            }
            for (String key : required) {
                if (!catalog.entries().containsKey(key)) {
                    out.add(new Problem(file, 0, Codes.MISSING_MESSAGE, "no '" + key + "'" + needs(key)));
                }
            }
        }
        for (MessageFile.Entry e : catalog.entries().values()) {
            if (required != null && !required.contains(e.key())) {
                out.add(new Problem(file, e.line(), Codes.UNKNOWN_MESSAGE, optional.contains(e.key())
                        ? "'" + e.key() + "' is unused: no rule with this reason key can conclude UNKNOWN with nothing "
                        + "missing (none calls Tri.undecidable()), so no report shows it; delete it"
                        : "no rule or field needs '" + e.key() + "' (a typo, or a criterion since removed?)"
                        + DrlNames.suggestion(e.key(), required)));
            } else {
                placeholders(file, e);
            }
        }
    }

    /** Every key the catalogs must have: {@link Messages#requiredKeys}, and UNDECIDED where a rule reaches it. */
    private Set<String> required() {
        Set<String> keys = new LinkedHashSet<>(Messages.requiredKeys(rules.keySet()));
        rules.forEach((key, list) -> {
            if (list.stream().anyMatch(RuleReason::undecidable)) {
                keys.add("reason." + key + "." + Messages.UNDECIDED);
            }
        });
        return keys;
    }

    /** Which rule needs a missing reason text, to point the analyst at it. */
    private String needs(String key) {
        if (!key.startsWith("reason.")) {
            return "";
        }
        String reasonKey = reasonKey(key);
        boolean undecided = key.endsWith("." + Messages.UNDECIDED);
        for (RuleReason r : rules.getOrDefault(reasonKey, List.of())) {
            if (!undecided || r.undecidable()) {
                return undecided ? "; " + r.where() + " can conclude UNKNOWN with nothing missing (Tri.undecidable())"
                        : "; " + r.where() + " gives its reasons under " + reasonKey;
            }
        }
        return "";
    }

    // -- placeholders --------------------------------------------------------------------------

    private void placeholders(String file, MessageFile.Entry e) {
        String key = e.key();
        List<String> used = MessageFile.placeholders(e.text());
        if (used.isEmpty()) {
            return;
        }
        if (key.startsWith("reason.")) {
            if (rules != null) {
                reasonPlaceholders(file, e, used);
            }
            return;
        }
        Set<String> allowed = key.startsWith("candidate.NO_") ? NO_CANDIDATE_PLACEHOLDERS
                : key.startsWith("candidate.") ? Messages.CANDIDATE_PLACEHOLDERS
                : key.startsWith("note.") ? Messages.NOTE_PLACEHOLDERS
                : key.startsWith("question.") ? Messages.QUESTION_PLACEHOLDERS
                : Set.of(); // value.* and list.*: words, nothing to fill in
        for (String name : used) {
            if (!allowed.contains(name)) {
                out.add(new Problem(file, e.line(), Codes.UNKNOWN_PLACEHOLDER, "'" + key + "' names {" + name + "}, but "
                        + (allowed.isEmpty() ? "this kind of message has no placeholders"
                        : "this kind of message is given only " + braces(allowed)) + DrlNames.suggestion(name, allowed)));
            }
        }
    }

    /**
     * A reason's placeholders: the facts its rules give, or those every reason has. A fact that only
     * some of the rules sharing the reason key give is a mismatch: the report fails when another of
     * them concludes. For UNDECIDED only the rules that can reach it count.
     */
    private void reasonPlaceholders(String file, MessageFile.Entry e, List<String> used) {
        String reasonKey = reasonKey(e.key());
        boolean undecided = e.key().endsWith("." + Messages.UNDECIDED);
        List<RuleReason> wording = rules.getOrDefault(reasonKey, List.of()).stream()
                .filter(r -> !undecided || r.undecidable()).toList();
        Set<String> given = new TreeSet<>();
        wording.forEach(r -> given.addAll(r.facts()));
        Set<String> allowed = new TreeSet<>(given);
        allowed.addAll(Messages.REASON_PLACEHOLDERS);
        Set<String> shared = new TreeSet<>();
        for (String name : used) {
            if (Messages.REASON_PLACEHOLDERS.contains(name)) {
                continue;
            }
            if (given.contains(name)) {
                shared.add(name);
            } else {
                out.add(new Problem(file, e.line(), Codes.UNKNOWN_PLACEHOLDER, "'" + e.key() + "' names {" + name
                        + "}, which no rule with reason key " + reasonKey + " gives (it gives " + braces(given)
                        + "; every reason has " + braces(Messages.REASON_PLACEHOLDERS) + ")"
                        + DrlNames.suggestion(name, allowed)));
            }
        }
        for (RuleReason r : wording) {
            Set<String> lacking = new TreeSet<>(shared);
            lacking.removeAll(r.facts());
            if (!lacking.isEmpty()) {
                out.add(new Problem(file, e.line(), Codes.PLACEHOLDER_MISMATCH, "'" + e.key() + "' names " + braces(lacking)
                        + ", which " + r.where() + " does not give, though it shares reason key " + reasonKey
                        + ": the report would fail when it concludes; give the fact there too, or give the rule its own @reason"));
                break; // one rule shows it; the analyst fixes the key's rules together
            }
        }
    }

    /** {@code ACC-NATIONALITY.CR} of {@code reason.ACC-NATIONALITY.CR.MET}. */
    private static String reasonKey(String key) {
        int last = key.lastIndexOf('.');
        return last > "reason.".length() ? key.substring("reason.".length(), last) : "";
    }

    private static String braces(Collection<String> names) {
        if (names.isEmpty()) {
            return "no facts";
        }
        StringBuilder b = new StringBuilder();
        for (String n : new TreeSet<>(names)) {
            b.append(b.isEmpty() ? "" : ", ").append('{').append(n).append('}');
        }
        return b.toString();
    }
}
