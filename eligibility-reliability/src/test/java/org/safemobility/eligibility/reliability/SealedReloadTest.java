package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ReloadableEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.RuleSetGate;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetIntegrity;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * A rules folder goes live only as the sealed unit {@code validate} accepted: {@link ReloadableEngine}
 * refuses a folder without its hash list, one changed since, one that changes while it loads, and
 * (with the same screen as validate) one cut at a rule boundary, even with a hash list to match;
 * each time the active engine keeps serving.
 */
class SealedReloadTest {

    static Path root;
    static Path accepted;
    static ReloadableEngine engines;

    @BeforeAll
    static void aServiceOnAnAcceptedFolder() {
        root = Path.of("target", "sealed-reload").toAbsolutePath();
        accepted = copy("accepted");
        RuleSetGate.accept(EligibilityEngine.builder().rulesFolder(accepted).build(), accepted);
        engines = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(accepted));
    }

    private static Path copy(String name) {
        return RulesFolderCopy.copy(root.resolve(name));
    }

    /** A folder accepted as validate accepts it, then changed by {@code change}. */
    private static Path acceptedThenChanged(String name, String file, String from, String to) {
        Path folder = copy(name);
        RuleSetGate.accept(EligibilityEngine.builder().rulesFolder(folder).build(), folder);
        RulesFolderCopy.edit(folder.resolve(file), from, to);
        return folder;
    }

    private static RuleSetException refused(Path folder) {
        EligibilityEngine before = engines.engine();
        RuleSetException e = assertThrows(RuleSetException.class, () -> engines.reload(folder));
        assertSame(before, engines.engine(), "the active engine keeps serving");
        assertFalse(engines.reload().swapped(), "later reloads still read the accepted folder");
        assertSame(before, engines.engine());
        return e;
    }

    @Test
    void aFolderCutAtARuleBoundaryIsRefusedEvenWithAMatchingHashList() throws IOException {
        Path cut = copy("cut-at-a-rule");
        Path drl = cut.resolve("derived-facts.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.substring(0, text.lastIndexOf("rule \"JOB-OFFERS-UNANSWERED\"")));
        // a hash list written by hand (sha256sum), not by validate: the screen still runs on reload
        RuleSetIntegrity.seal(RuleSetFiles.folder(cut));

        RuleSetException e = refused(cut);

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).matches("criteria\\.csv:\\d+: undecided-criterion: no rule decides H1B-JOB-OFFER "
                + "for [\\d,]+ of [\\d,]+ screened applicants"), e.problems().get(0));
    }

    @Test
    void aFolderWithoutAHashListIsRefused() throws IOException {
        Path unsealed = copy("unsealed");

        RuleSetException e = refused(unsealed);

        assertEquals(List.of("ruleset.sha256:0: missing-hashes: the rule set has no hash list; "
                + "'eligibility validate --rules DIR' writes it"), e.problems());
        // the plain builder (validate, test, diff on a folder being edited) needs none
        assertTrue(EligibilityEngine.builder().rulesFolder(unsealed).build().rulesetVersion().startsWith("safemobility"));
        assertThrows(RuleSetException.class, () -> ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(unsealed)));
    }

    @Test
    void aTableCutAtARowBoundaryAfterValidateIsRefused() {
        // the last row of served-nationalities.csv (Ecuador's) gone: a table validate would accept
        // whole, but not the table validate accepted
        Path cut = acceptedThenChanged("served-cut", "reference/served-nationalities.csv",
                "\nEC,CO,,,\"movilidadsegura.org, Ecuador\"\n", "\n");

        RuleSetException e = refused(cut);

        assertEquals(List.of("reference/served-nationalities.csv:0: changed-file: its content differs from its hash in "
                + "ruleset.sha256 (changed since it was validated); validate the folder again"), e.problems());
    }

    @Test
    void aChangedManifestAndAFileItNowNamesAreRefused() throws IOException {
        Path folder = acceptedThenChanged("renamed", "ruleset.manifest", "name=safemobility-screening-2023.1",
                "name=safemobility-screening-2023.1-edited");

        RuleSetException e = refused(folder);

        assertEquals(List.of("ruleset.manifest:0: changed-file: its content differs from its hash in ruleset.sha256 "
                + "(changed since it was validated); validate the folder again"), e.problems());
    }

    @Test
    void aFileSavedWhileTheFolderLoadsIsRefused() {
        Path folder = acceptedThenChanged("saved-while-loading", "reference/offices.csv",
                "GT,2023-06-12,2025-01-26,", "GT,2023-06-12,2024-12-31,");
        // validated again after the edit: sealed, and a new version that would be swapped in
        RuleSetGate.accept(EligibilityEngine.builder().rulesFolder(folder).build(), folder);
        FolderChangingScreen.armed = folder.resolve("messages/en.properties");

        RuleSetException e;
        try {
            e = refused(folder);
        } finally {
            FolderChangingScreen.armed = null;
        }

        assertEquals(List.of("messages/en.properties:0: changed-while-loading: changed while the rule set was loaded"),
                e.problems());
    }

    @Test
    void anAcceptedFolderIsSwappedIn() {
        Path folder = acceptedThenChanged("gt-closes-early", "reference/offices.csv",
                "GT,2023-06-12,2025-01-26,", "GT,2023-06-12,2024-12-31,");
        RuleSetGate.accept(EligibilityEngine.builder().rulesFolder(folder).build(), folder);
        ReloadableEngine own = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(accepted));
        String before = own.rulesetVersion();

        ReloadableEngine.Reload r = own.reload(folder);

        assertTrue(r.swapped(), r.toString());
        assertEquals(before, r.previousVersion());
        List<String> versions = new ArrayList<>(List.of(r.previousVersion(), r.activeVersion()));
        assertEquals(2, versions.stream().distinct().count(), versions.toString());
    }
}
