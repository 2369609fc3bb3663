package org.safemobility.eligibility.authoring.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.authoring.lint.LintFixtures.where;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.RuleLinter;
import org.safemobility.eligibility.authoring.internal.LintMain;

/** The folder as a whole: the bundled rules, files the manifest forgets, and the build's entry point. */
class FolderLintTest {

    @TempDir
    Path dir;

    @Test
    void theBundledRulesLintClean() {
        assertEquals(List.of(), RuleLinter.lint(LintFixtures.bundled()));
    }

    @Test
    void aTableTheManifestDoesNotNameIsUnlisted() {
        assertEquals(List.of("reference/offices-old.csv:0: unlisted-file"),
                where(RuleLinter.lint(LintFixtures.folder(dir, "unlisted-file"))));
    }

    @Test
    void aDrlFileTheManifestDoesNotNameIsUnlisted() {
        assertEquals(List.of("draft.drl:0: unlisted-file"),
                where(RuleLinter.lint(LintFixtures.folder(dir, "unlisted-drl"))));
    }

    @Test
    void aTableMissingFromTheManifestIsMissingAndItsFileUnlisted() {
        assertEquals(List.of("reference/h2-countries.csv:0: missing-file", "reference/h2-countries.csv:0: unlisted-file"),
                where(RuleLinter.lint(LintFixtures.folder(dir, "missing-file"))));
    }

    @Test
    void hiddenFilesAreNotUnlisted() throws Exception {
        Path folder = LintFixtures.folder(dir, "base");
        Files.writeString(folder.resolve(".backup.csv"), "an editor's hidden copy");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/old.drl"), "version control's business");

        assertEquals(List.of(), RuleLinter.lint(folder));
    }

    @Test
    void lintMainPrintsEachProblemAndCountsThem() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int problems = LintMain.run(LintFixtures.folder(dir, "overlap-frp"), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, problems);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("reference/frp-windows.csv:4: overlap: the CO window"),
                err::toString);
    }

    @Test
    void lintMainFailsTheBuildOnAProblemAndPassesACleanFolder() {
        String bad = LintFixtures.folder(dir, "forbidden-call-system").toString();
        String good = LintFixtures.folder(dir, "base").toString();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream err = System.err;
        System.setErr(quiet);
        try {
            assertThrows(IllegalStateException.class, () -> LintMain.main(new String[] {bad}));
            LintMain.main(new String[] {good});
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void lintMainReportsAFolderWithoutManifest() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int problems = LintMain.run(dir, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, problems);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("ruleset.manifest:0: missing-file"), err::toString);
    }

    @Test
    void lintingAFolderThatCannotBeReadThrows() {
        assertThrows(RuleSetException.class, () -> RuleLinter.lint(dir.resolve("no-such-folder")));
    }
}
