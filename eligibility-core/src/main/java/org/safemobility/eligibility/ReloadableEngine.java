package org.safemobility.eligibility;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetIntegrity;
import org.safemobility.eligibility.internal.RuleSetScreen;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the active {@link EligibilityEngine} of a service and swaps in a new rule set atomically,
 * only once it has been read, matched against its hash list, linted, compiled, screened and
 * checked completely.
 *
 * <pre>{@code
 * ReloadableEngine engines = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(rules));
 * EligibilityReport report = engines.evaluate(applicant);   // on the active rule set
 * ReloadableEngine.Reload r = engines.reload();              // after an analyst changed the folder
 * }</pre>
 *
 * <p><b>Guarantees.</b> Every call to {@code evaluate}/{@code evaluateAll} runs entirely on the one
 * engine that was active when it started, and its reports carry that rule set's
 * {@code rulesetVersion}; evaluations never wait for a reload, and a reload never fails or alters
 * an evaluation in progress (the old engine keeps serving it, and is dropped when no call holds it).
 * A reload that fails to build throws a {@link RuleSetException} and leaves the active engine
 * serving. A reload whose files hash to the active version does nothing: no compile, no swap.
 * Knowledge bases are never changed in place; a new one is built beside the old.
 *
 * <p><b>What goes live.</b> A rules folder goes live only as the sealed unit that
 * {@code eligibility validate --rules DIR} accepted: validate writes the folder's hash list
 * ({@code ruleset.sha256}: every file of the manifest with its SHA-256) once the folder passed every
 * check. {@link #of} (with a folder) and every reload read the folder once into memory and refuse it
 * when it has no hash list or a file differs from it (missing, changed since validate, not listed);
 * then build it, screen the new engine as validate does (a few thousand applicants aimed at the
 * folder's own tables, and the folder's {@code scenarios/}: any applicant the rules fail on, any
 * criterion left undecided, refuses it), and finally read the folder again and refuse it if
 * anything changed while it was loading. An engine built with
 * {@link EligibilityEngine.Builder#rulesFolder} outside this class needs no hash list: that is how
 * {@code validate}, {@code test} and {@code diff} work on a folder being edited.
 *
 * <p>Thread-safe. Reloads are serialised: a second {@code reload} waits for the first.
 */
public final class ReloadableEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableEngine.class);

    private final Object reloadLock = new Object();
    private volatile EligibilityEngine active;
    /** Guarded by reloadLock: where the next {@link #reload()} reads its rules. */
    private EligibilityEngine.Builder source;

    private ReloadableEngine(EligibilityEngine.Builder source, EligibilityEngine active) {
        this.source = source;
        this.active = active;
    }

    /**
     * Builds the first engine from {@code builder}'s configuration (copied: later changes to the
     * builder do not reach this holder).
     *
     * @param builder the engine configuration: a rules folder (sealed by {@code validate}) or the
     *                bundled rules
     * @return a holder serving the first engine
     * @throws RuleSetException when the first rule set cannot be built, or (a folder) does not
     *                          match its hash list, fails the screening or changes while loading
     */
    public static ReloadableEngine of(EligibilityEngine.Builder builder) {
        EligibilityEngine.Builder copy = Objects.requireNonNull(builder, "builder").copy();
        return new ReloadableEngine(copy, copy.rulesFolder() == null ? copy.build() : goLive(copy, RuleSetFiles.folder(copy.rulesFolder())));
    }

    /**
     * The engine active now. Hold on to it to run several calls on one rule set.
     *
     * @return the active engine
     */
    public EligibilityEngine engine() {
        return active;
    }

    /**
     * The version of the active rule set, as its reports carry it in {@code rulesetVersion}.
     *
     * @return the active rule set's version
     */
    public String rulesetVersion() {
        return active.rulesetVersion();
    }

    /**
     * {@link EligibilityEngine#evaluate(Applicant, LocalDate)} on the active engine.
     *
     * @param applicant the applicant
     * @param asOf      the as-of date, or {@code null} for today
     * @return its report, carrying the version of the engine that screened it
     * @throws InvalidApplicantException when the applicant breaks the contract
     * @throws EvaluationException       when the rules fail
     */
    public EligibilityReport evaluate(Applicant applicant, LocalDate asOf) {
        return active.evaluate(applicant, asOf);
    }

    /**
     * {@link EligibilityEngine#evaluate(Applicant)} on the active engine.
     *
     * @param applicant the applicant
     * @return its report, carrying the version of the engine that screened it
     * @throws InvalidApplicantException when the applicant breaks the contract
     * @throws EvaluationException       when the rules fail
     */
    public EligibilityReport evaluate(Applicant applicant) {
        return active.evaluate(applicant);
    }

    /**
     * {@link EligibilityEngine#evaluateAll(List, LocalDate)}, every applicant on one engine.
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or {@code null}
     * @return their reports, in input order, all from the same rule set version
     * @throws InvalidApplicantException when any applicant is invalid
     * @throws EvaluationException       when the rules fail on any applicant
     */
    public List<EligibilityReport> evaluateAll(List<Applicant> applicants, LocalDate asOf) {
        return active.evaluateAll(applicants, asOf);
    }

    /**
     * {@link EligibilityEngine#evaluateEach(List, LocalDate, Locale)}, every applicant on one engine:
     * one result per applicant, in input order, however many are invalid or fail.
     *
     * @param applicants the applicants; none {@code null}
     * @param asOf       the as-of date for applicants without an {@code applicationDate}, or {@code null}
     * @param language   a language of the active engine's {@link EligibilityEngine#languages()}
     * @return one result per applicant, in input order
     * @throws UnsupportedLanguageException when the active rule set has no catalog for the language
     */
    public List<ScreeningResult> evaluateEach(List<Applicant> applicants, LocalDate asOf, Locale language) {
        return active.evaluateEach(applicants, asOf, language);
    }

    /**
     * Reads the rules again from where the active ones came from (the rules folder; the bundled
     * rules cannot change while the JVM runs, so for them this is always {@code unchanged}) and
     * swaps them in if their content differs.
     *
     * @return what the reload did: whether it swapped, and the versions before and after
     * @throws RuleSetException when the new rules cannot be built, do not match their hash list,
     *                          fail the screening or change while loading; the active engine keeps
     *                          serving
     */
    public Reload reload() {
        synchronized (reloadLock) {
            return swapIn(source);
        }
    }

    /**
     * Builds from {@code folder} and swaps it in; later {@link #reload()} calls read that folder.
     *
     * @param folder the rules folder to go live, sealed by {@code eligibility validate}
     * @return what the reload did: whether it swapped, and the versions before and after
     * @throws RuleSetException when the folder cannot be built; the active engine keeps serving and
     *                          later reloads still read the previous folder
     */
    public Reload reload(Path folder) {
        Objects.requireNonNull(folder, "folder");
        synchronized (reloadLock) {
            EligibilityEngine.Builder next = source.copy().rulesFolder(folder);
            Reload reload = swapIn(next);
            source = next;
            return reload;
        }
    }

    private Reload swapIn(EligibilityEngine.Builder from) {
        String previous = active.rulesetVersion();
        if (from.rulesFolder() == null) {
            return new Reload(false, previous, previous);
        }
        RuleSetFiles files;
        EligibilityEngine next;
        try {
            files = RuleSetFiles.folder(from.rulesFolder());
            RuleSetIntegrity.verifySealed(files);
            if (RuleSet.versionOf(files).equals(previous)) {
                LOG.info("rule set reload: {} unchanged", previous);
                return new Reload(false, previous, previous);
            }
            next = goLive(from, files);
        } catch (RuleSetException e) {
            LOG.warn("rule set reload refused ({} problems); {} keeps serving", e.problems().size(), previous);
            throw e;
        }
        active = next;
        LOG.info("rule set reloaded: {} replaces {}", next.rulesetVersion(), previous);
        return new Reload(true, previous, next.rulesetVersion());
    }

    /**
     * The engine of a folder already read, once it matched its hash list, built, passed the
     * screening, and the folder on disk still holds what was read.
     */
    private static EligibilityEngine goLive(EligibilityEngine.Builder from, RuleSetFiles files) {
        RuleSetIntegrity.verifySealed(files);
        EligibilityEngine next = from.build(files);
        RuleSetScreen.screen(next, files, from.classLoader());
        RuleSetIntegrity.verifyUnchanged(files);
        return next;
    }

    /**
     * What a reload did.
     *
     * @param swapped         whether a new engine became active
     * @param previousVersion the version active before the reload
     * @param activeVersion   the version active after it (equal to the previous when not swapped)
     */
    public record Reload(boolean swapped, String previousVersion, String activeVersion) {
        /**
         * Checks that both versions are present.
         *
         * @param swapped         whether a new engine became active
         * @param previousVersion the version active before the reload
         * @param activeVersion   the version active after it
         */
        public Reload {
            Objects.requireNonNull(previousVersion, "previousVersion");
            Objects.requireNonNull(activeVersion, "activeVersion");
        }
    }
}
