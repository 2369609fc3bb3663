package org.safemobility.eligibility.authoring.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioFileException;
import org.safemobility.eligibility.authoring.scenario.ScenarioFiles;
import org.safemobility.eligibility.internal.CriteriaCatalog;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetScreen;
import org.safemobility.eligibility.model.Applicant;

/**
 * The screen a rule set passes before it goes live, for {@code eligibility validate} and for
 * {@code ReloadableEngine} alike (found by the engine as a {@link RuleSetScreen} service): every
 * applicant of a {@link ScreeningPopulation} aimed at the rule set's own tables, and every applicant
 * of the folder's {@code scenarios/} when it has one, is screened; a rule that fails on any of them,
 * or a criterion no rule decides for any of them, is a problem. Applicants the contract rejects are
 * set aside (the population is not checked against the contract; {@code eligibility test} reports
 * scenario applicants that are invalid).
 *
 * <p>A problem names the rule (its DRL file and line) or the criterion ({@code criteria.csv} and its
 * line), what went wrong and for how many applicants, never an applicant's values. Bounded: a few
 * thousand applicants, a second or two on a laptop (docs/rules-authoring.md).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PopulationScreen implements RuleSetScreen {

    /** Generated applicants: with the scenarios, enough to reach every answer shape and table date. */
    public static final int POPULATION = 3_000;

    /** The population's seed: the same tables give the same applicants on every run. */
    public static final long SEED = 20_230_801L;

    /** The folder of a rules folder that holds its scenarios, if it has any. */
    public static final String SCENARIOS = "scenarios";

    @Override
    public List<String> problems(EligibilityEngine engine, RuleSetFiles files) {
        List<String> problems = new ArrayList<>();
        List<Subject> subjects = new ArrayList<>();
        for (Applicant a : ScreeningPopulation.of(ReferenceTables.load(files), SEED, POPULATION)) {
            subjects.add(new Subject(a, null)); // its applicationDate is its evaluation date
        }
        if (files.folder() != null && Files.isDirectory(files.folder().resolve(SCENARIOS))) {
            try {
                for (Scenario s : ScenarioFiles.read(files.folder().resolve(SCENARIOS))) {
                    Applicant a = applicant(s);
                    if (a != null) {
                        subjects.add(new Subject(a, s.asOf()));
                    }
                }
            } catch (ScenarioFileException e) {
                e.problems().forEach(p -> problems.add(SCENARIOS + ": " + p));
                return problems;
            }
        }
        // one result per applicant: a rejection is outside the contract, not the rules' to screen;
        // a failure is counted by what failed (rule, criterion, cause)
        Map<LocalDate, List<Applicant>> byAsOf = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            byAsOf.computeIfAbsent(subject.asOf(), d -> new ArrayList<>()).add(subject.applicant());
        }
        Map<String, Integer> failures = new TreeMap<>();
        Map<String, ScreeningResult.Failed> firstOf = new TreeMap<>();
        int screened = 0;
        for (Map.Entry<LocalDate, List<Applicant>> group : byAsOf.entrySet()) {
            for (ScreeningResult result : engine.evaluateEach(group.getValue(), group.getKey())) {
                if (result instanceof ScreeningResult.Failed f) {
                    String key = f.rule() + "\u0000" + f.criterion() + "\u0000" + cause(f);
                    failures.merge(key, 1, Integer::sum);
                    firstOf.putIfAbsent(key, f);
                }
                if (!(result instanceof ScreeningResult.Rejected)) {
                    screened++;
                }
            }
        }
        if (screened == 0) {
            problems.add(RuleSetFiles.MANIFEST + ":0: unscreened: none of " + subjects.size()
                    + " applicants could be screened; the population's answers break the contract");
            return problems;
        }
        for (Map.Entry<String, Integer> f : failures.entrySet()) {
            problems.add(describe(firstOf.get(f.getKey()), f.getValue(), screened, files));
        }
        return problems;
    }

    private record Subject(Applicant applicant, LocalDate asOf) {
    }

    private static Applicant applicant(Scenario s) {
        try {
            return s.readApplicant();
        } catch (InvalidApplicantException e) {
            return null;
        }
    }

    /** The failure's own words, without the bracket naming rule, criterion and version. */
    private static String cause(ScreeningResult.Failed f) {
        String m = f.message();
        int bracket = m.lastIndexOf(" [rule=");
        return bracket < 0 ? m : m.substring(0, bracket);
    }

    private static String describe(ScreeningResult.Failed e, int failed, int screened, RuleSetFiles files) {
        String share = String.format(java.util.Locale.ROOT, "%,d of %,d screened applicants", failed, screened);
        if (e.rule() == null && e.criterion() != null) {
            return CriteriaCatalog.FILE + ":" + line(files, CriteriaCatalog.FILE, "," + e.criterion() + ",")
                    + ": undecided-criterion: no rule decides " + e.criterion() + " for " + share;
        }
        if (e.rule() == null) {
            return RuleSetFiles.MANIFEST + ":0: failing-rules: " + cause(e) + " for " + share;
        }
        String[] where = ruleLocation(files, e.rule());
        return where[0] + ":" + where[1] + ": failing-rule: rule \"" + e.rule() + "\""
                + (e.criterion() == null ? "" : " (" + e.criterion() + ")") + ": " + cause(e) + ", for " + share;
    }

    /** The line of {@code file} that holds {@code text}, or 0. */
    private static int line(RuleSetFiles files, String file, String text) {
        if (!files.files().contains(file)) {
            return 0;
        }
        String[] lines = new String(files.read(file), StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The DRL file and line that declare {@code rule}, or the manifest and 0 when none is found. */
    private static String[] ruleLocation(RuleSetFiles files, String rule) {
        for (String file : files.files()) {
            if (file.endsWith(".drl")) {
                int line = line(files, file, "rule \"" + rule + "\"");
                if (line > 0) {
                    return new String[] {file, Integer.toString(line)};
                }
            }
        }
        return new String[] {RuleSetFiles.MANIFEST, "0"};
    }
}
