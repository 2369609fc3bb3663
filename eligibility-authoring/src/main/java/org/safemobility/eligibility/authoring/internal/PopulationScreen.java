package org.safemobility.eligibility.authoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.authoring.scenario.Scenario;
import org.safemobility.eligibility.authoring.scenario.ScenarioFileException;
import org.safemobility.eligibility.authoring.scenario.ScenarioFiles;
import org.safemobility.eligibility.internal.CriteriaCatalog;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetScreen;
import org.safemobility.eligibility.json.EligibilityJson;
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

    /** Applicants screened together: {@code evaluateAll}'s own batch size. */
    private static final int CHUNK = 64;

    private static final ObjectMapper JSON = new ObjectMapper();

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
        // outside the contract: not the rules' to screen (set aside first, so that a chunk below
        // fails only for the rules)
        subjects.removeIf(s -> !engine.validate(s.applicant(), s.asOf()).isEmpty());
        Map<String, Integer> failures = new TreeMap<>();
        Map<String, EvaluationException> firstOf = new TreeMap<>();
        int screened = 0;
        for (int from = 0; from < subjects.size(); from += CHUNK) {
            List<Subject> chunk = subjects.subList(from, Math.min(from + CHUNK, subjects.size()));
            if (chunk.stream().allMatch(s -> java.util.Objects.equals(s.asOf(), chunk.get(0).asOf()))) {
                try {
                    // the fast way, sessions shared; a chunk with a failure or an invalid applicant
                    // is screened again one by one to count them
                    engine.evaluateAll(chunk.stream().map(Subject::applicant).toList(), chunk.get(0).asOf());
                    screened += chunk.size();
                    continue;
                } catch (InvalidApplicantException | EvaluationException e) {
                    // below
                }
            }
            for (Subject s : chunk) {
                try {
                    engine.evaluate(s.applicant(), s.asOf());
                    screened++;
                } catch (InvalidApplicantException e) {
                    // outside the contract: not the rules' to screen
                } catch (EvaluationException e) {
                    screened++;
                    String key = e.rule() + "\u0000" + e.criterion() + "\u0000" + cause(e);
                    failures.merge(key, 1, Integer::sum);
                    firstOf.putIfAbsent(key, e);
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
            return EligibilityJson.readApplicant(JSON.writeValueAsString(s.applicant()));
        } catch (InvalidApplicantException e) {
            return null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always writes", e);
        }
    }

    /** The exception's own words, without the bracket naming rule, criterion and version. */
    private static String cause(EvaluationException e) {
        String m = e.getMessage();
        int bracket = m.lastIndexOf(" [rule=");
        return bracket < 0 ? m : m.substring(0, bracket);
    }

    private static String describe(EvaluationException e, int failed, int screened, RuleSetFiles files) {
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
