package org.safemobility.eligibility;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.Conclusions;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.internal.ApplicantValidator;
import org.safemobility.eligibility.internal.EngineAccess;
import org.safemobility.eligibility.internal.Interviewer;
import org.safemobility.eligibility.internal.Messages;
import org.safemobility.eligibility.internal.ReportAssembler;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.Screener;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens applicants against the Safe Mobility screening policy and explains every answer.
 *
 * <p>Build one with {@link #builder()} and share it: an engine is immutable and
 * <strong>thread-safe</strong>; any number of threads may call {@link #evaluate},
 * {@link #evaluateEach} and {@link #evaluateAll} at once, and every call runs in a rule session of its own, taken from a pool
 * and reset when the call ends. Building loads and checks the rules, so a built engine always
 * works; building is the expensive step (under a second), evaluating is cheap (tens of
 * microseconds; see docs/performance.md). For many applicants prefer {@link #evaluateEach}, which shares rule
 * sessions between them and answers each one, valid or not.
 *
 * <pre>{@code
 * EligibilityEngine engine = EligibilityEngine.builder().build();
 * EligibilityReport report = engine.evaluate(applicant);
 * report.pathway(Pathway.REFUGEE_RESETTLEMENT).status();   // ELIGIBLE, POSSIBLY_ELIGIBLE or NOT_ELIGIBLE
 * }</pre>
 *
 * <p><b>Evaluation date.</b> Every criterion is tested against one date D (policy section 1): the
 * applicant's {@code applicationDate} when present, otherwise the as-of date passed to
 * {@link #evaluate(Applicant, LocalDate)}, otherwise today in the engine's {@link Clock}.
 *
 * <p><b>Language.</b> Reasons, notes and questions read in English unless another language of
 * the rule set is asked for ({@link #languages()}; the bundled rules speak English and Spanish):
 * {@code engine.evaluate(applicant, asOf, Locale.forLanguageTag("es"))}. Criteria, outcomes,
 * rules and citations are the same in every language; the report states its language.
 *
 * <p><b>Interview.</b> {@link #questions} gives the questions that can still change a status,
 * best first, for the answers so far; see {@link org.safemobility.eligibility.interview}.
 *
 * <p><b>Rules.</b> By default the engine runs the bundled rules, precompiled at build time. An
 * engine can also be built from a rules folder on disk ({@link Builder#rulesFolder}); to swap rule
 * sets while serving, hold engines in a {@link ReloadableEngine}.
 *
 * <p><b>Errors.</b> An applicant that breaks the contract is rejected with an
 * {@link InvalidApplicantException} listing every violation (input beyond the documented limits
 * included: see {@link org.safemobility.eligibility.json.EligibilityJson}); a failure inside the
 * rules is an {@link EvaluationException} naming the rule and its criterion. Neither carries
 * applicant data, and the engine stays usable. {@link #evaluateEach} turns both into results
 * ({@link ScreeningResult}), one per applicant, instead of throwing.
 */
public final class EligibilityEngine {

    private static final Logger LOG = LoggerFactory.getLogger(EligibilityEngine.class);

    /** Screenings per rule session in {@link #evaluateAll} and {@link #evaluateEach}: measured, 16 to 64 beat 256 (a smaller agenda per session). */
    private static final int BATCH_SIZE = 64;

    private final Clock clock;
    private final RuleSet ruleSet;
    private final Screener screener;
    private final ReportAssembler assembler;

    static {
        EngineAccess.install(new EngineAccess.Bridge() {
            @Override
            public RuleSet ruleSet(EligibilityEngine engine) {
                return engine.ruleSet;
            }

            @Override
            public EligibilityEngine engine(RuleSet ruleSet, Clock clock) {
                return new EligibilityEngine(clock, ruleSet);
            }
        });
    }

    private EligibilityEngine(Clock clock, RuleSet ruleSet) {
        this.clock = clock;
        this.ruleSet = ruleSet;
        this.screener = new Screener(ruleSet);
        this.assembler = new ReportAssembler(ruleSet.catalog(), ruleSet.version());
    }

    /**
     * A builder with the bundled rules and the system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version of the rule set this engine runs: a name and a content hash.
     *
     * @return the version: the rule set's name, {@code +sha256.} and 16 hex digits of its content hash
     */
    public String rulesetVersion() {
        return ruleSet.version();
    }

    /**
     * The IDs of the criteria this engine's rules decide, each once, in report order: program
     * access first, then each pathway's criteria in policy order ({@code SMO-ACCESS} where the
     * first pathway lists it). A report shows those that apply to the applicant's office.
     *
     * @return the criterion IDs
     */
    public List<String> criterionIds() {
        return ruleSet.catalog().criterionIdsInReportOrder();
    }

    /**
     * Screens one applicant; the evaluation date is its {@code applicationDate}, else today.
     *
     * @param applicant the applicant
     * @return its report
     * @throws InvalidApplicantException when the applicant breaks the contract
     * @throws EvaluationException       when the rules fail
     */
    public EligibilityReport evaluate(Applicant applicant) {
        return evaluate(applicant, null);
    }

    /**
     * Screens one applicant; the evaluation date is its {@code applicationDate}, else
     * {@code asOf}, else today.
     *
     * @param applicant the applicant
     * @param asOf      the as-of date, or {@code null} for today
     * @return its report
     * @throws InvalidApplicantException when the applicant breaks the contract
     * @throws EvaluationException       when the rules fail
     */
    public EligibilityReport evaluate(Applicant applicant, LocalDate asOf) {
        return evaluate(applicant, asOf, Locale.ENGLISH);
    }

    /**
     * Screens one applicant as {@link #evaluate(Applicant, LocalDate)} does, with reasons, notes
     * and questions in {@code language}.
     *
     * @param applicant the applicant
     * @param asOf      the as-of date, or {@code null} for today
     * @param language  a language of {@link #languages()}; only its language part counts
     *                  ({@code es-CR} reads as {@code es})
     * @return its report
     * @throws UnsupportedLanguageException when the rule set has no catalog for the language
     * @throws InvalidApplicantException    when the applicant breaks the contract
     * @throws EvaluationException          when the rules fail
     */
    public EligibilityReport evaluate(Applicant applicant, LocalDate asOf, Locale language) {
        return evaluateAll(List.of(Objects.requireNonNull(applicant, "applicant")), asOf, language).get(0);
    }

    /**
     * The languages this engine's rule set words its reports in, one per message catalog of the
     * rule set ({@code messages/<language>.properties}); English is always among them.
     *
     * @return the languages, English among them
     */
    public Set<Locale> languages() {
        Set<Locale> out = new LinkedHashSet<>();
        for (Messages m : ruleSet.messages().values()) {
            out.add(m.locale());
        }
        return Set.copyOf(out);
    }

    /**
     * The questions that can still change a status, best first: for the applicant's answers so
     * far, every field a report would list in {@code missingInformation} except those the
     * applicant declined, as a question in {@code language} with its answer type, options and the
     * scopes it could change. Questions that could end program access (and with it every pathway)
     * come first, then those that could end the most pathways. An empty list means nothing left
     * to ask can change any status.
     *
     * <p>A list ({@code usRelatives}, {@code employment.jobOffers}, {@code nationalities}, the
     * {@code usHistory} date lists) is asked as one question whose answer may be empty; the fields
     * of its entries come after, as questions of their own ({@code usRelatives[0].status}).
     *
     * @param answers  the answers so far: an applicant with {@code id} and {@code office}, the rest
     *                 as answered
     * @param declined field paths the applicant was asked and could not or would not answer; never
     *                 asked again
     * @param asOf     the as-of date, or {@code null} for today (an {@code applicationDate} wins)
     * @param language a language of {@link #languages()}
     * @return the questions, best first; empty when nothing left to ask can change a status
     * @throws UnsupportedLanguageException when the rule set has no catalog for the language
     * @throws InvalidApplicantException    when the answers break the contract
     */
    public List<Question> questions(Applicant answers, Collection<String> declined, LocalDate asOf, Locale language) {
        Objects.requireNonNull(answers, "answers");
        Set<String> declinedFields = Set.copyOf(Objects.requireNonNull(declined, "declined"));
        Messages words = words(language);
        Screening screening = screenings(List.of(answers), asOf).get(0);
        List<Conclusion> conclusions = screener.run(List.of(screening)).of(screening);
        Map<String, Set<String>> fields = new TreeMap<>();
        EligibilityReport report = assembler.assemble(screening, conclusions, words, fields);
        return Interviewer.questions(report, fields, declinedFields, words);
    }

    /**
     * Screens many applicants, sharing rule sessions between them; reports come back in input
     * order and equal those of {@link #evaluate(Applicant, LocalDate)} one by one.
     *
     * <p>Every applicant is validated first; if any is invalid nothing is evaluated and the
     * {@link InvalidApplicantException} lists each violation with the applicant's position as a
     * prefix ({@code [3].dateOfBirth}); if the rules fail on one, the whole call throws. For one
     * result per applicant, without exceptions, use {@link #evaluateEach(List, LocalDate, Locale)}.
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or {@code null}
     * @return their reports, in input order
     * @throws InvalidApplicantException when any applicant is invalid
     * @throws EvaluationException       when the rules fail on any applicant
     */
    public List<EligibilityReport> evaluateAll(List<Applicant> applicants, LocalDate asOf) {
        return evaluateAll(applicants, asOf, Locale.ENGLISH);
    }

    /**
     * Screens many applicants as {@link #evaluateAll(List, LocalDate)} does, with reasons, notes
     * and questions in {@code language}.
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or {@code null}
     * @param language   a language of {@link #languages()}
     * @return their reports, in input order
     * @throws UnsupportedLanguageException when the rule set has no catalog for the language
     */
    public List<EligibilityReport> evaluateAll(List<Applicant> applicants, LocalDate asOf, Locale language) {
        Objects.requireNonNull(applicants, "applicants");
        Messages words = words(language);
        List<Screening> screenings = screenings(applicants, asOf);
        List<EligibilityReport> reports = new ArrayList<>(applicants.size());
        for (int from = 0; from < screenings.size(); from += BATCH_SIZE) {
            List<Screening> chunk = screenings.subList(from, Math.min(from + BATCH_SIZE, screenings.size()));
            Conclusions conclusions = screener.run(chunk);
            for (Screening s : chunk) {
                reports.add(assembler.assemble(s, conclusions.of(s), words));
            }
        }
        return reports;
    }

    /**
     * Screens many applicants and gives one result per applicant, in input order: a
     * {@link ScreeningResult.Screened report}, a {@link ScreeningResult.Rejected rejection} listing
     * the violations of an applicant that breaks the contract on its evaluation date, or a
     * {@link ScreeningResult.Failed failure} naming the rule and criterion when the rules fail on a
     * valid applicant. One bad applicant never stops or changes the others: where
     * {@link #evaluateAll(List, LocalDate, Locale)} throws for the whole batch, this method answers
     * every applicant.
     *
     * <p>Valid applicants share rule sessions as in {@link #evaluateAll}, so a batch costs what
     * {@code evaluateAll} costs; only when the rules fail inside a shared session are that
     * session's applicants screened again one per session, so that the failure stays with the
     * applicants it belongs to. Each report equals the one {@link #evaluate(Applicant, LocalDate,
     * Locale)} gives for the same applicant.
     *
     * <pre>{@code
     * List<ScreeningResult> results = engine.evaluateEach(applicants, LocalDate.of(2024, 9, 1), Locale.ENGLISH);
     * long eligible = results.stream()
     *         .filter(r -> r instanceof ScreeningResult.Screened s
     *                 && s.report().pathway(Pathway.REFUGEE_RESETTLEMENT).status() == Status.ELIGIBLE)
     *         .count();
     * }</pre>
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or
     *                   {@code null} for today
     * @param language   a language of {@link #languages()} for reasons, notes and questions
     * @return an unmodifiable list with exactly one result per applicant, in input order
     * @throws NullPointerException         when the list, an applicant or the language is {@code null}
     * @throws UnsupportedLanguageException when the rule set has no catalog for the language
     */
    public List<ScreeningResult> evaluateEach(List<Applicant> applicants, LocalDate asOf, Locale language) {
        Objects.requireNonNull(applicants, "applicants");
        Messages words = words(language);
        return screenEach(applicants, asOf,
                (s, conclusions) -> new ScreeningResult.Screened(assembler.assemble(s, conclusions, words)));
    }

    /**
     * {@link #evaluateEach(List, LocalDate, Locale)} in English.
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or {@code null}
     * @return one result per applicant, in input order
     */
    public List<ScreeningResult> evaluateEach(List<Applicant> applicants, LocalDate asOf) {
        return evaluateEach(applicants, asOf, Locale.ENGLISH);
    }

    /**
     * Screens many applicants as {@link #evaluateEach(List, LocalDate, Locale)} does, but gives each
     * screened applicant a {@link ScreeningResult.Summarized summary} instead of a report: its
     * statuses and the field paths of its missing information, equal to the
     * {@link EligibilityReport#summary() summary} of the report {@code evaluateEach} gives it. No
     * reason, note or question is worded, which makes this the cheaper call for a batch that keeps
     * only statuses (re-screening a registry after a policy change, say).
     *
     * <p>Rejections and failures are those of {@code evaluateEach}, with one exception: a message
     * template of the rule set that cannot be worded for an applicant fails its report but not its
     * summary, since no template is read ({@code eligibility validate} screens 3,000 applicants
     * and refuses a rule set whose templates fail for any of them).
     *
     * <pre>{@code
     * for (ScreeningResult r : engine.summarizeEach(applicants, asOf)) {
     *     if (r instanceof ScreeningResult.Summarized s) {
     *         store(s.summary().applicantId(), s.summary().status(Pathway.H2A));
     *     }
     * }
     * }</pre>
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or
     *                   {@code null} for today
     * @return an unmodifiable list with exactly one result per applicant, in input order: a
     *         {@link ScreeningResult.Summarized}, {@link ScreeningResult.Rejected} or
     *         {@link ScreeningResult.Failed}
     * @throws NullPointerException when the list or an applicant is {@code null}
     */
    public List<ScreeningResult> summarizeEach(List<Applicant> applicants, LocalDate asOf) {
        Objects.requireNonNull(applicants, "applicants");
        return screenEach(applicants, asOf,
                (s, conclusions) -> new ScreeningResult.Summarized(assembler.summarize(s, conclusions)));
    }

    /** What a screened applicant's conclusions become: a report, or a summary. */
    @FunctionalInterface
    private interface Shaping {
        ScreeningResult shape(Screening screening, List<Conclusion> conclusions);
    }

    /**
     * One result per applicant, in input order: valid applicants are screened in shared sessions
     * and their conclusions shaped; the others are rejected with their violations.
     */
    private List<ScreeningResult> screenEach(List<Applicant> applicants, LocalDate asOf, Shaping shaping) {
        LocalDate fallback = asOfOrToday(asOf);
        ScreeningResult[] results = new ScreeningResult[applicants.size()];
        List<Screening> valid = new ArrayList<>(applicants.size());
        int[] positions = new int[applicants.size()];
        for (int i = 0; i < applicants.size(); i++) {
            Applicant a = Objects.requireNonNull(applicants.get(i), "applicant");
            LocalDate date = evaluationDate(a, fallback);
            List<Violation> found = ApplicantValidator.validate(a, date);
            if (found.isEmpty()) {
                positions[valid.size()] = i;
                valid.add(new Screening(a, date));
            } else {
                results[i] = new ScreeningResult.Rejected(ApplicantValidator.validId(a.id()) ? a.id() : null, found);
            }
        }
        for (int from = 0; from < valid.size(); from += BATCH_SIZE) {
            List<Screening> chunk = valid.subList(from, Math.min(from + BATCH_SIZE, valid.size()));
            List<ScreeningResult> screened = screenEach(chunk, shaping);
            for (int k = 0; k < screened.size(); k++) {
                results[positions[from + k]] = screened.get(k);
            }
        }
        return List.of(results);
    }

    /**
     * The results of valid screenings run in one rule session. When the rules fail in it, each
     * screening runs again in a session of its own: a failure in a shared session names one rule
     * but cannot say which applicants it belongs to, and the others deserve their reports.
     */
    private List<ScreeningResult> screenEach(List<Screening> chunk, Shaping shaping) {
        Conclusions conclusions;
        try {
            conclusions = screener.run(chunk);
        } catch (EvaluationException e) {
            if (chunk.size() == 1) {
                return List.of(ScreeningResult.Failed.of(chunk.get(0).applicant().id(), e));
            }
            List<ScreeningResult> alone = new ArrayList<>(chunk.size());
            for (Screening s : chunk) {
                alone.add(screenEach(List.of(s), shaping).get(0));
            }
            return alone;
        }
        List<ScreeningResult> out = new ArrayList<>(chunk.size());
        for (Screening s : chunk) {
            try {
                out.add(shaping.shape(s, conclusions.of(s)));
            } catch (EvaluationException e) {
                // a criterion undecided or decided twice: a failure of this applicant's conclusions only
                out.add(ScreeningResult.Failed.of(s.applicant().id(), e));
            }
        }
        return out;
    }

    /**
     * {@link #evaluateAll(List, LocalDate)} with today as the as-of date.
     *
     * @param applicants the applicants; none {@code null}
     * @return their reports, in input order
     */
    public List<EligibilityReport> evaluateAll(List<Applicant> applicants) {
        return evaluateAll(applicants, null);
    }

    /**
     * The contract violations of an applicant, as {@link #evaluate(Applicant, LocalDate)} would
     * report them; empty when it is valid.
     * @param applicant the applicant
     * @param asOf      the as-of date, or {@code null} for today (an {@code applicationDate} wins)
     * @return the violations, in field order; empty when valid
     */
    public List<Violation> validate(Applicant applicant, LocalDate asOf) {
        return ApplicantValidator.validate(applicant, evaluationDate(applicant, asOfOrToday(asOf)));
    }

    /**
     * The screenings of {@code applicants}, each on its evaluation date, after validating every
     * one: if any is invalid the {@link InvalidApplicantException} lists each violation with the
     * applicant's position as a prefix ({@code [3].dateOfBirth}) when there are several.
     */
    private List<Screening> screenings(List<Applicant> applicants, LocalDate asOf) {
        LocalDate fallback = asOfOrToday(asOf);
        List<Screening> screenings = new ArrayList<>(applicants.size());
        List<Violation> violations = new ArrayList<>();
        String firstInvalidId = null;
        for (int i = 0; i < applicants.size(); i++) {
            Applicant a = Objects.requireNonNull(applicants.get(i), "applicant");
            LocalDate date = evaluationDate(a, fallback);
            List<Violation> found = ApplicantValidator.validate(a, date);
            if (!found.isEmpty()) {
                if (firstInvalidId == null && ApplicantValidator.validId(a.id())) {
                    firstInvalidId = a.id();
                }
                for (Violation v : found) {
                    violations.add(applicants.size() == 1 ? v
                            : new Violation("[" + i + "]" + (v.field().isEmpty() ? "" : "." + v.field()),
                                    v.code(), v.message()));
                }
            }
            screenings.add(new Screening(a, date));
        }
        if (!violations.isEmpty()) {
            throw new InvalidApplicantException(applicants.size() == 1 ? firstInvalidId : null, violations);
        }
        return screenings;
    }

    /** The catalog of {@code language}, or a clear error naming the languages there are. */
    private Messages words(Locale language) {
        Objects.requireNonNull(language, "language");
        Messages words = ruleSet.messages().get(language.getLanguage());
        if (words == null) {
            throw new UnsupportedLanguageException(language.toLanguageTag(), ruleSet.messages().keySet());
        }
        return words;
    }

    private LocalDate asOfOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** The evaluation date D of policy section 1: the application date, else {@code asOfOrToday}. */
    private static LocalDate evaluationDate(Applicant applicant, LocalDate asOfOrToday) {
        return applicant.applicationDate() != null ? applicant.applicationDate() : asOfOrToday;
    }

    /**
     * Configures and builds an {@link EligibilityEngine}. Each setter checks its argument at once;
     * {@link #build()} loads the rules and fails with a {@link RuleSetException} if they are broken.
     * Not thread-safe; reusable.
     */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private ClassLoader classLoader = EligibilityEngine.class.getClassLoader();
        private Path rulesFolder;

        private Builder() {
        }

        /**
         * The clock that gives "today" when neither an application date nor an as-of date is known.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The class loader that finds the bundled rules (the {@code eligibility-rules} jar), or,
         * with {@link #rulesFolder}, the fact model and the rule compiler.
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Builds from the rules in a folder on disk instead of the bundled precompiled rules. The
         * folder has the layout of the bundled rules' source folder: DRL files, {@code criteria.csv},
         * the reference tables under {@code reference/}, and a {@code ruleset.manifest} naming them
         * all (see docs/rules-authoring.md). {@link #build()} reads the folder once, runs the rule
         * linter, then compiles the DRL, which takes a few seconds and needs
         * {@code org.safemobility:eligibility-authoring} on the class path.
         *
         * @param folder the rules folder, or {@code null} for the bundled rules again
         * @return this builder
         */
        public Builder rulesFolder(Path folder) {
            this.rulesFolder = folder;
            return this;
        }

        /**
         * Loads the rules and builds the engine: the bundled rules after checking them against the
         * hashes their build wrote, or the rules folder after linting and compiling it.
         *
         * @return the engine
         * @throws RuleSetException when the rules are missing, broken, incomplete, fail the linter,
         *                          or (bundled) differ from their hashes
         */
        public EligibilityEngine build() {
            return build(rulesFolder == null ? null : RuleSetFiles.folder(rulesFolder));
        }

        /** Builds from {@code folderFiles}, a folder already read, or the bundled rules when null. */
        EligibilityEngine build(RuleSetFiles folderFiles) {
            long start = System.nanoTime();
            RuleSet ruleSet = folderFiles == null ? RuleSet.bundled(classLoader) : RuleSet.fromFolder(folderFiles, classLoader);
            LOG.info("eligibility engine built: ruleset {} from {} in {} ms", ruleSet.version(),
                    folderFiles == null ? "the bundled rules" : "a rules folder", (System.nanoTime() - start) / 1_000_000);
            return new EligibilityEngine(clock, ruleSet);
        }

        /** The class loader that finds the rules, the fact model and the rule services. */
        ClassLoader classLoader() {
            return classLoader;
        }

        /** The folder this builder builds from, or {@code null} for the bundled rules. */
        Path rulesFolder() {
            return rulesFolder;
        }

        /** An independent copy, so later changes to this builder do not reach the copy. */
        Builder copy() {
            Builder copy = new Builder();
            copy.clock = clock;
            copy.classLoader = classLoader;
            copy.rulesFolder = rulesFolder;
            return copy;
        }
    }
}
