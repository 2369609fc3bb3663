package org.safemobility.eligibility.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.facts.RuleLabel;

/**
 * A built rule set: the knowledge base, its reference tables, its report layout and its version.
 * Immutable; shared by every evaluation of an engine.
 *
 * <p>Sealed: a rule set is made only from files (the bundled rules, a folder), whose content
 * gives its version; the knowledge base and its sessions stay inside this package (the
 * {@link Screener} runs them), so no caller can stamp rules with a version of its choosing or
 * reach a Drools object through a rule set.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleSet {

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final ReferenceData reference;
    private final CriteriaCatalog catalog;
    private final Map<String, Messages> messages;
    private final String version;

    private RuleSet(KieBase kieBase, KieSessionsPool sessions, ReferenceData reference, CriteriaCatalog catalog,
                    Map<String, Messages> messages, String version) {
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.reference = reference;
        this.catalog = catalog;
        this.messages = messages;
        this.version = version;
    }

    /** Loads the precompiled bundled rules (the {@code eligibility-rules} jar) through {@code loader}. */
    public static RuleSet bundled(ClassLoader loader) {
        RuleSetFiles files = RuleSetFiles.bundled(loader);
        String version = version(files);
        ReferenceData reference = ReferenceTables.load(files);
        CriteriaCatalog catalog = CriteriaCatalog.load(files);
        KieBase kieBase = ExecutableModel.load(loader);
        if (kieBase == null) {
            throw new RuleSetException(List.of(ExecutableModel.INDEX + ":0: missing-model: no precompiled rules on the "
                    + "class path; add the eligibility-rules jar, or build from a rules folder (rulesFolder)"));
        }
        return of(kieBase, reference, catalog, messageFiles(files), version);
    }

    /**
     * The rule set in a folder (the layout of the bundled rules' source folder: DRL, tables,
     * {@code criteria.csv}, {@code ruleset.manifest}), linted and compiled by the
     * {@link RuleCompiler} found through {@code loader}.
     */
    public static RuleSet fromFolder(RuleSetFiles files, ClassLoader loader) {
        RuleCompiler compiler = ServiceLoader.load(RuleCompiler.class, loader).findFirst()
                .orElseThrow(() -> new RuleSetException(List.of(files.folder() + ":0: no-compiler: building rules "
                        + "from a folder needs org.safemobility:eligibility-authoring on the class path")));
        // the compiler lints everything first (tables included), so an analyst sees every problem at once
        KieBase kieBase = compiler.compile(files, loader).kieBase();
        return of(kieBase, ReferenceTables.load(files), CriteriaCatalog.load(files), messageFiles(files), version(files));
    }

    /** The version a rule set with these files has, without building it. */
    public static String versionOf(RuleSetFiles files) {
        return version(files);
    }

    /**
     * A rule set over a knowledge base built from files (the bundled rules, a folder; in this
     * module's test jar, a test's rule set), checked as the bundled one is. Package-private: the
     * version must be the one of the files the knowledge base was built from, which only this
     * package's callers guarantee.
     */
    static RuleSet of(KieBase kieBase, ReferenceData reference, CriteriaCatalog catalog,
                      Map<String, MessageFile> messageFiles, String version) {
        Set<String> reasonKeys = checkRulesCoverCatalog(kieBase, catalog);
        Map<String, Messages> messages = messages(messageFiles, reasonKeys);
        // A pool hands out reset sessions instead of building one per evaluation (the largest
        // per-call cost of a single evaluation); it grows on demand, so it never blocks a thread.
        KieSessionsPool sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        return new RuleSet(kieBase, sessions, reference, catalog, messages, version);
    }

    /**
     * The catalogs of a rule set's files, by language: every manifest file under {@code messages/}
     * must be one ({@code messages/<language>.properties}), and English must be there, the language
     * a report has when none is asked for.
     */
    static Map<String, MessageFile> messageFiles(RuleSetFiles files) {
        Map<String, MessageFile> out = new java.util.TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String file : files.files()) {
            if (MessageFile.isUnderFolder(file)) {
                String language = MessageFile.languageOf(file);
                if (language == null) {
                    problems.add(file + ":0: message-file: a catalog is messages/<language>.properties, "
                            + "the language a lowercase ISO 639 code (es, en)");
                } else {
                    out.put(language, MessageFile.parse(language, new String(files.read(file), StandardCharsets.UTF_8)));
                }
            }
        }
        if (!out.containsKey(DEFAULT_LANGUAGE) && problems.isEmpty()) {
            problems.add(RuleSetFiles.MANIFEST + ":0: missing-file: no messages/en.properties; every rule set "
                    + "words its reasons in English, the default language");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return out;
    }

    /** The language of a report when none is asked for. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static Map<String, Messages> messages(Map<String, MessageFile> files, Set<String> reasonKeys) {
        List<String> problems = new ArrayList<>();
        Map<String, Messages> out = new java.util.TreeMap<>();
        files.forEach((language, file) -> {
            problems.addAll(Messages.problems("messages/" + language + ".properties", file, reasonKeys));
            out.put(language, Messages.of(file));
        });
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The catalogs, by language code; English always among them. */
    public Map<String, Messages> messages() {
        return messages;
    }

    /** The knowledge base; package-private so that no Drools object leaves the engine. */
    KieBase kieBase() {
        return kieBase;
    }

    /** A clean session from the pool; disposing it returns it to the pool. Package-private, as {@link #kieBase()}. */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    public ReferenceData reference() {
        return reference;
    }

    public CriteriaCatalog catalog() {
        return catalog;
    }

    public String version() {
        return version;
    }

    /** {@code name+sha256.<16 hex>} over every file of the manifest, in manifest order. */
    static String version(RuleSetFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files.files()) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(files.read(file));
                digest.update((byte) 0);
            }
            return files.name() + "+sha256." + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * Every rule names what it decides and why; every criterion of the report layout has a rule.
     * Returns the reason keys of the rules deciding the layout's criteria, which the message
     * catalogs must word.
     * Checked once at build, so a built engine never meets a criterion nobody decides. Each
     * criterion rule's label is kept beside it here, so that firing it reads no metadata.
     */
    private static Set<String> checkRulesCoverCatalog(KieBase kieBase, CriteriaCatalog catalog) {
        List<String> problems = new ArrayList<>();
        Set<String> decided = new HashSet<>();
        Set<String> reasonKeys = new java.util.TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                if (!printable(rule.getName())) {
                    problems.add("rule-name: a rule name must be 1 to 200 printable characters, without line breaks");
                    continue;
                }
                Object criterion = meta.get("criterion");
                for (String key : List.of("criterion", "derives")) {
                    if (meta.get(key) != null && !printable(RuleLabel.unquote(meta.get(key).toString()))) {
                        problems.add(rule.getName() + ": bad-metadata: @" + key
                                + " must be 1 to 200 printable characters, without line breaks");
                    }
                }
                if (criterion == null && meta.get("derives") == null) {
                    problems.add(rule.getName() + ": missing-metadata: needs @criterion or @derives");
                }
                if (meta.get("citation") == null) {
                    problems.add(rule.getName() + ": missing-metadata: needs @citation");
                }
                if (criterion != null) {
                    decided.add(RuleLabel.unquote(criterion.toString()));
                    RuleLabel.keep(rule);
                    RuleLabel label = RuleLabel.of(rule);
                    // only a criterion of the report layout is ever worded: a rule deciding another
                    // (a test's tripwire) reaches no report, so its reasons need no messages
                    if (catalog.criterionIds().contains(label.criterion())) {
                        reasonKeys.add(label.reasonKey());
                    }
                }
            }
        }
        for (String id : catalog.criterionIds()) {
            if (!decided.contains(id)) {
                problems.add(CriteriaCatalog.FILE + ": undecided-criterion: no rule decides " + id);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return reasonKeys;
    }

    /**
     * Rule names and criterion IDs end up in exception messages and log lines: no control
     * character (CR, LF, tab, ...) or line separator may split or forge a line.
     */
    static boolean printable(String s) {
        if (s == null || s.isEmpty() || s.length() > 200) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
