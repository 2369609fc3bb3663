package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ReloadableEngine;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.RuleSetGate;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetIntegrity;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * {@link ReloadableEngine}: a swap under concurrent evaluations never fails one and never mixes
 * rule sets (each report equals the one its own version gives); a broken folder leaves the old
 * version serving; identical content is a no-op.
 */
class ReloadTest {

    static final int APPLICANTS = 400;
    static final int THREADS = 8;

    static String versionA;
    static String versionB;
    static Path folderA;
    static Path folderB;
    static Path broken;
    static List<Applicant> applicants;
    /** Per rule-set version, the report (as JSON) of every applicant, evaluated alone by an engine of that version. */
    static final Map<String, String[]> EXPECTED = new HashMap<>();

    @BeforeAll
    static void folders() throws IOException {
        Path root = Path.of("target", "reload").toAbsolutePath();
        folderA = RulesFolderCopy.copy(root.resolve("a"));
        // B: the Guatemala office closes at the end of 2023 instead of on 2025-01-26, and ACC-AGE words
        // its reason differently, so that nearly every report tells the versions apart
        folderB = RulesFolderCopy.copy(root.resolve("b"));
        RulesFolderCopy.edit(folderB.resolve("reference/offices.csv"), "GT,2023-06-12,2025-01-26", "GT,2023-06-12,2023-12-31");
        RulesFolderCopy.edit(folderB.resolve("messages/en.properties"),
                "reason.ACC-AGE.MET = The applicant is {age} on the evaluation date, {adultAge} or older.",
                "reason.ACC-AGE.MET = The applicant is an adult on the evaluation date.");
        broken = RulesFolderCopy.copy(root.resolve("broken"));
        RulesFolderCopy.edit(broken.resolve("refugee.drl"), "protectionGrounds().containsAnyOf(", "protectionGround().containsAnyOf(");
        // a hash list written by hand: the folder matches it, and fails to build
        RuleSetIntegrity.seal(RuleSetFiles.folder(broken));
        applicants = ApplicantArbitraries.sample(APPLICANTS, 20230801L);
        for (Path folder : List.of(folderA, folderB)) {
            EligibilityEngine engine = EligibilityEngine.builder().rulesFolder(folder).build();
            String[] reports = new String[APPLICANTS];
            for (int i = 0; i < APPLICANTS; i++) {
                reports[i] = EligibilityJson.writeReport(engine.evaluate(applicants.get(i)));
            }
            EXPECTED.put(engine.rulesetVersion(), reports);
            // a reloadable engine takes a folder only as validate accepted and sealed it
            RuleSetGate.accept(engine, folder);
            if (folder == folderA) {
                versionA = engine.rulesetVersion();
            } else {
                versionB = engine.rulesetVersion();
            }
        }
        assertEquals(2, EXPECTED.size(), "the two folders have two versions");
    }

    @Test
    void theTwoVersionsDisagreeOnSomeApplicants() {
        // otherwise the swap test below could not see a mix-up
        int differ = 0;
        for (int i = 0; i < APPLICANTS; i++) {
            if (!withoutVersion(EXPECTED.get(versionA)[i]).equals(withoutVersion(EXPECTED.get(versionB)[i]))) {
                differ++;
            }
        }
        assertTrue(differ >= APPLICANTS / 2, "the change shows in at least half of " + APPLICANTS + " reports, in " + differ);
        Figures.print("reload-versions", differ + " of " + APPLICANTS + " reports differ between the two versions");
    }

    @Test
    void swapsUnderConcurrentEvaluationsNeverFailOrMixVersions() throws Exception {
        ReloadableEngine engines = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(folderA));
        assertEquals(versionA, engines.rulesetVersion());
        AtomicReference<Throwable> reloadFailure = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        AtomicInteger checked = new AtomicInteger();
        Thread reloader = new Thread(() -> {
            try {
                for (int round = 0; round < 4; round++) {
                    ReloadableEngine.Reload reload = engines.reload(round % 2 == 0 ? folderB : folderA);
                    if (!reload.swapped() || !reload.activeVersion().equals(round % 2 == 0 ? versionB : versionA)) {
                        throw new AssertionError("reload " + round + " did not swap in the expected version: " + reload);
                    }
                }
            } catch (Throwable e) {
                reloadFailure.set(e);
            } finally {
                stop.set(true);
            }
        });
        reloader.start();
        ConcurrencyTest.runTogether(THREADS, t -> {
            int i = t;
            while (!stop.get() || checked.get() < APPLICANTS) {
                if (t % 2 == 0) {
                    check(engines.evaluate(applicants.get(i % APPLICANTS)), i % APPLICANTS, seen, checked);
                    i += THREADS;
                } else {
                    // a batch runs on one engine: one version for all its reports
                    List<Integer> batch = List.of(i % APPLICANTS, (i + 1) % APPLICANTS, (i + 2) % APPLICANTS);
                    List<EligibilityReport> reports = engines.evaluateAll(batch.stream().map(applicants::get).toList(), null);
                    assertEquals(1, reports.stream().map(EligibilityReport::rulesetVersion).distinct().count(),
                            "one batch, one rule set");
                    for (int k = 0; k < batch.size(); k++) {
                        check(reports.get(k), batch.get(k), seen, checked);
                    }
                    i += 3 * THREADS;
                }
            }
        });
        reloader.join();
        if (reloadFailure.get() != null) {
            throw new AssertionError("a reload failed", reloadFailure.get());
        }
        assertEquals(versionA, engines.rulesetVersion(), "four swaps end on A again");
        assertEquals(EXPECTED.keySet(), seen.keySet(), "evaluations ran on both versions while swapping");
        Figures.print("reload", checked.get() + " evaluations on " + THREADS + " threads during 4 swaps, each equal to "
                + "its own version's report; per version " + seen);
    }

    @Test
    void aBrokenFolderLeavesTheActiveVersionServing() {
        ReloadableEngine engines = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(folderA));
        EligibilityEngine before = engines.engine();
        RuleSetException refused = assertThrows(RuleSetException.class, () -> engines.reload(broken));
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("refugee.drl:")),
                "the problem names the broken file: " + refused.problems());
        assertSame(before, engines.engine(), "the active engine is untouched");
        assertEquals(EXPECTED.get(before.rulesetVersion())[0], EligibilityJson.writeReport(engines.evaluate(applicants.get(0))));
        // and the next plain reload still reads the folder that works
        assertFalse(engines.reload().swapped());
        assertSame(before, engines.engine());
    }

    @Test
    void identicalContentIsANoOp() throws IOException {
        ReloadableEngine engines = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(folderA));
        EligibilityEngine before = engines.engine();
        ReloadableEngine.Reload again = engines.reload();
        assertFalse(again.swapped());
        assertEquals(again.previousVersion(), again.activeVersion());
        // the same files in another folder hash to the same version: still nothing to do
        Path elsewhere = RulesFolderCopy.copy(Path.of("target", "reload", "a-copy").toAbsolutePath());
        Files.copy(folderA.resolve("ruleset.sha256"), elsewhere.resolve("ruleset.sha256"));
        ReloadableEngine.Reload moved = engines.reload(elsewhere);
        assertFalse(moved.swapped());
        assertSame(before, engines.engine(), "no engine was built");
    }

    @Test
    void theBundledRulesNeverChangeUnderAReload() {
        ReloadableEngine engines = ReloadableEngine.of(EligibilityEngine.builder());
        EligibilityEngine before = engines.engine();
        assertFalse(engines.reload().swapped());
        assertSame(before, engines.engine());
        // the precompiled rules and their source folder, compiled, are one version, with equal reports
        assertEquals(versionA, before.rulesetVersion());
        assertNotEquals(versionA, versionB);
        for (int i = 0; i < APPLICANTS; i += 37) {
            assertEquals(EXPECTED.get(versionA)[i], EligibilityJson.writeReport(engines.evaluate(applicants.get(i))));
        }
    }

    private static void check(EligibilityReport report, int applicant, Map<String, AtomicInteger> seen, AtomicInteger checked) {
        String[] expected = EXPECTED.get(report.rulesetVersion());
        if (expected == null) {
            throw new AssertionError("a report of an unknown version: " + report.rulesetVersion());
        }
        assertEquals(expected[applicant], EligibilityJson.writeReport(report), "applicant " + applicant);
        seen.computeIfAbsent(report.rulesetVersion(), v -> new AtomicInteger()).incrementAndGet();
        checked.incrementAndGet();
    }

    private static String withoutVersion(String reportJson) {
        return reportJson.replaceAll("\"rulesetVersion\":\"[^\"]*\"", "");
    }
}
