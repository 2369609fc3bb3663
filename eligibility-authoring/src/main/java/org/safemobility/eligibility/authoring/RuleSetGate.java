package org.safemobility.eligibility.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.internal.RuleSet;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetIntegrity;
import org.safemobility.eligibility.internal.RuleSetScreen;

/**
 * The last step before a rule set may go live, after it built: the screen that
 * {@code ReloadableEngine} also runs (a few thousand synthetic applicants aimed at the rule set's
 * own reference tables, and the applicants of the folder's {@code scenarios/}; any applicant the
 * rules fail on, or any criterion they leave undecided, refuses the rule set), then, for a rules
 * folder, its seal: the hash list {@code ruleset.sha256}, every file of the manifest with its
 * SHA-256, written into the folder. {@code ReloadableEngine} puts a folder to use only if it
 * matches its hash list, so a folder edited after it was accepted must be accepted again.
 *
 * <pre>{@code
 * EligibilityEngine engine = EligibilityEngine.builder().rulesFolder(dir).build();  // lint, compile
 * Path hashes = RuleSetGate.accept(engine, dir);   // screen, then seal
 * }</pre>
 *
 * <p>{@code eligibility validate} is this class on the command line. Thread-safe; stateless.
 */
public final class RuleSetGate {

    private RuleSetGate() {
    }

    /**
     * Screens {@code engine}, built from {@code folder} (or from the bundled rules when
     * {@code folder} is {@code null}), and seals the folder once it passed.
     *
     * @param engine the engine built from the rule set
     * @param folder the rules folder it was built from, or {@code null} for the bundled rules
     * @return the hash list written, or {@code null} for the bundled rules (their build seals them)
     * @throws RuleSetException listing every problem: each rule that failed on an applicant and each
     *                          criterion left undecided, with how many applicants it concerned (never
     *                          their values); or the folder changed since the engine was built
     */
    public static Path accept(EligibilityEngine engine, Path folder) {
        Objects.requireNonNull(engine, "engine");
        ClassLoader loader = RuleSetGate.class.getClassLoader();
        RuleSetFiles files = folder == null ? RuleSetFiles.bundled(loader) : RuleSetFiles.folder(folder);
        if (!RuleSet.versionOf(files).equals(engine.rulesetVersion())) {
            // what is screened and sealed must be what was built
            throw new RuleSetException(List.of(RuleSetFiles.MANIFEST + ":0: changed-while-loading: the folder changed "
                    + "after the engine was built from it; validate it again"));
        }
        RuleSetScreen.screen(engine, files, loader);
        return folder == null ? null : RuleSetIntegrity.seal(files);
    }
}
