package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.RuleSetException;

/** A rules folder is read whole, once, inside its own walls; its problems name file and line. */
class RuleSetFilesTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryFileTheManifestNamesAndHashesTheContent() throws IOException {
        write("ruleset.manifest", "name=test\na.drl\nreference/t.csv\n");
        write("a.drl", "rule one");
        write("reference/t.csv", "x,citation\n");
        RuleSetFiles files = RuleSetFiles.folder(folder);
        assertEquals("test", files.name());
        assertEquals(List.of("a.drl", "reference/t.csv"), files.files());
        assertArrayEquals("rule one".getBytes(StandardCharsets.UTF_8), files.read("a.drl"));
        String before = RuleSet.versionOf(files);
        // the snapshot does not follow the disk: a file saved afterwards changes nothing already read
        write("a.drl", "rule two");
        assertArrayEquals("rule one".getBytes(StandardCharsets.UTF_8), files.read("a.drl"));
        assertEquals(before, RuleSet.versionOf(files));
        assertNotEquals(before, RuleSet.versionOf(RuleSetFiles.folder(folder)), "new content, new version");
    }

    @Test
    void aManifestEntryMayNotLeaveTheFolder() throws IOException {
        write("ruleset.manifest", "name=test\n../outside.drl\n/etc/passwd\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetFiles.folder(folder));
        assertEquals(List.of(
                "ruleset.manifest:2: bad-path: '../outside.drl' is not a relative path inside the rules folder",
                "ruleset.manifest:3: bad-path: '/etc/passwd' is not a relative path inside the rules folder"), e.problems());
    }

    @Test
    void aLinkMayNotLeadOutOfTheFolder(@TempDir Path elsewhere) throws IOException {
        Path outside = elsewhere.resolve("outside.drl");
        Files.writeString(outside, "rule outside", StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("linked.drl"), outside);
        write("ruleset.manifest", "name=test\nlinked.drl\n");
        assertEquals(List.of("ruleset.manifest:2: bad-path: 'linked.drl' leads out of the rules folder through a link"),
                assertThrows(RuleSetException.class, () -> RuleSetFiles.folder(folder)).problems());
    }

    @Test
    void aMissingManifestOrFileIsNamed() throws IOException {
        assertEquals(List.of("ruleset.manifest:0: missing-file: a rules folder needs its ruleset.manifest"),
                assertThrows(RuleSetException.class, () -> RuleSetFiles.folder(folder)).problems());
        write("ruleset.manifest", "name=test\nmissing.drl\n");
        assertEquals(List.of("missing.drl:0: missing-file: named in ruleset.manifest but not in the folder"),
                assertThrows(RuleSetException.class, () -> RuleSetFiles.folder(folder)).problems());
        assertThrows(RuleSetException.class, () -> RuleSetFiles.folder(folder.resolve("nowhere")));
    }

    @Test
    void aBadTableRowIsReportedAtTheLineAnEditorShows() throws IOException {
        write("ruleset.manifest", "name=test\nreference/offices.csv\n");
        // line 1 header, line 2 good, line 3 bad (a date that is not a date)
        write("reference/offices.csv", "office,opens,lastDay,arrivalCutoff,citation\n"
                + "GT,2023-06-12,2025-01-26,,\"a\"\n"
                + "CR,2023-06-xx,2025-01-26,,\"b\"\n");
        List<String> problems = new ArrayList<>();
        ReferenceTables.rows(RuleSetFiles.folder(folder), "reference/offices.csv", problems,
                r -> r.date("opens"));
        assertEquals(List.of("reference/offices.csv:3: bad-row: column 'opens' is not a YYYY-MM-DD date"), problems);
    }

    private void write(String file, String text) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
