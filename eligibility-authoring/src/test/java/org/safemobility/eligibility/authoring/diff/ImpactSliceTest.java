package org.safemobility.eligibility.authoring.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.authoring.internal.PopulationScreen;
import org.safemobility.eligibility.authoring.internal.ScreeningPopulation;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;

/**
 * A population screened in slices, each shipped through an object stream as a Spark executor
 * ships it to the driver, merged in any order and finished: the report of the whole, the same as
 * {@link ImpactDiff#compare} of the population in one piece.
 */
class ImpactSliceTest {

    /** Applicants a slice may hold, as in the Spark job: partition index shifted by 40 bits. */
    private static final int SLICE_BITS = 40;

    private static List<Applicant> generated;

    @BeforeAll
    static void aGeneratedPopulation() {
        // aimed at the bundled tables: the GT office's closing and the EC FRP window the edits move,
        // and a few applicants the contract rejects
        List<Applicant> drawn = ScreeningPopulation.of(ReferenceTables.load(RuleSetFiles.folder(RulesFolders.SOURCE)),
                PopulationScreen.SEED, 900);
        generated = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            generated.add(drawn.get(i));
            if (i % 97 == 0) {
                // an id the contract rejects (a space): skipped and counted as invalid
                generated.add(new Applicant("not valid " + i, Office.GT, null, null, null, null, null, null, null, null,
                        null, null));
            }
        }
    }

    private static ImpactDiff diff(int examples) {
        return ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after())
                .asOf(LocalDate.of(2024, 9, 1))
                .examples(examples)
                .chunkSize(16) // slices hold a part chunk when serialized: it must be screened first
                .tables(RuleTables.folder(tables("slices-unedited", List.of())), RuleTables.folder(tables("slices-edited",
                        List.of(new RulesFolders.Edit("reference/offices.csv", "GT,2023-06-12,2025-01-26,,",
                                        "GT,2023-06-12,2024-06-30,,"),
                                new RulesFolders.Edit("reference/frp-windows.csv", "EC,2023-11-16,2025-12-14,",
                                        "EC,2024-03-01,2025-12-14,")))))
                .build();
    }

    private static Path tables(String name, List<RulesFolders.Edit> edits) {
        return RulesFolders.copy(name, edits);
    }

    @Test
    void slicesMergedInAnyOrderGiveTheReportOfTheWholePopulation() {
        ImpactDiff diff = diff(7);
        ImpactReport whole = diff.compare(generated);
        // the population must show what a lost merge would hide
        assertTrue(whole.changed() > 7, "changed " + whole.changed());
        assertTrue(whole.invalid() > 0, "invalid " + whole.invalid());
        assertTrue(whole.rowsReached() > 0, "rows reached " + whole.rowsReached());
        assertTrue(whole.offices().size() > 1 && whole.nationalities().size() > 1);

        for (int k : new int[] {1, 2, 3, 7}) {
            List<ImpactDiff.Slice> slices = shipped(sliced(diff, generated, k));
            assertEquals(whole, diff.finish(inOrder(slices)), k + " slices merged in order");
            List<ImpactDiff.Slice> reversed = new ArrayList<>(slices);
            Collections.reverse(reversed);
            assertEquals(whole, diff.finish(inOrder(reversed)), k + " slices merged last first");
            List<ImpactDiff.Slice> shuffled = new ArrayList<>(slices);
            Collections.shuffle(shuffled, new java.util.Random(k));
            assertEquals(whole, diff.finish(pairwise(shuffled)), k + " slices merged pairwise, shuffled");
            // a merged slice shipped again (a tree reduce ships partial merges) stays the same
            assertEquals(whole, diff.finish(ship(inOrder(slices))), k + " slices, the merge shipped");
        }
    }

    @Test
    void theExamplesAreTheWholesMostSevereEvenWhenOneSliceHoldsThemAll() {
        // few examples: whichever slice comes first in the merge must not win the places
        ImpactDiff diff = diff(2);
        ImpactReport whole = diff.compare(generated);
        assertEquals(2, whole.examples().size());

        List<ImpactDiff.Slice> slices = shipped(sliced(diff, generated, 7));
        Collections.reverse(slices);
        ImpactReport merged = diff.finish(inOrder(slices));
        assertEquals(whole.examples(), merged.examples());
        // the inputs came back through their contract JSON, equal to what was screened
        assertTrue(merged.examples().stream().allMatch(e -> e.applicant() != null && generated.contains(e.applicant())));
    }

    /**
     * The seven applicants of {@link ImpactDiffTest#population()} in two slices, merged second
     * first: every count as derived there by hand, so a merge that drops a count fails here even if
     * {@code compare} had the same fault.
     */
    @Test
    void twoSlicesOfTheHandCheckedPopulationAddUpToItsCounts() {
        ImpactDiff diff = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after()).build();
        List<Applicant> seven = ImpactDiffTest.population();
        ImpactDiff.Slice first = diff.slice(0);
        seven.subList(0, 3).forEach(first::add); // 1, 2 unchanged; 3 closed under the new rules
        ImpactDiff.Slice second = diff.slice(1L << SLICE_BITS);
        seven.subList(3, 7).forEach(second::add); // 4 criteria only, 5 unchanged, 6 and 7 lose FRP
        second.skipUnreadable(); // a line the caller could not read

        ImpactReport impact = diff.finish(ship(ship(second).merge(ship(first))));

        assertEquals(7, impact.compared());
        assertEquals(4, impact.changed()); // 3, 4, 6, 7
        assertEquals(1, impact.invalid());
        assertEquals(0, impact.failed());
        assertEquals(0, impact.gained());
        assertEquals(3, impact.lost()); // 3 (refugee), 6 and 7 (FRP)
        // access: 5 stay ELIGIBLE, 3 ELIGIBLE -> NOT_ELIGIBLE, 4 NOT_ELIGIBLE both times
        assertEquals(5, impact.access().count(Status.ELIGIBLE, Status.ELIGIBLE));
        assertEquals(1, impact.access().count(Status.ELIGIBLE, Status.NOT_ELIGIBLE));
        assertEquals(1, impact.access().count(Status.NOT_ELIGIBLE, Status.NOT_ELIGIBLE));
        ScopeImpact frp = impact.pathway(Pathway.FAMILY_REUNIFICATION_PAROLE);
        assertEquals(1, frp.count(Status.ELIGIBLE, Status.POSSIBLY_ELIGIBLE)); // 7
        assertEquals(1, frp.count(Status.ELIGIBLE, Status.NOT_ELIGIBLE)); // 6
        assertEquals(5, frp.count(Status.NOT_ELIGIBLE, Status.NOT_ELIGIBLE));
        // offices: 1, 2, 3, 4, 6, 7 at GT (4 changed), 5 at CR (unchanged)
        assertEquals(List.of("CR", "GT"), impact.offices().stream().map(GroupImpact::group).toList());
        assertEquals(1, impact.offices().get(0).applicants());
        assertEquals(0, impact.offices().get(0).changed());
        assertEquals(6, impact.offices().get(1).applicants());
        assertEquals(4, impact.offices().get(1).changed());
        // ACC-OFFICE-OPEN MET -> NOT_MET for 3 (first slice) and 4 (second): one move of two applicants
        assertTrue(impact.criterionMoves().contains(new CriterionMove("ACCESS", "ACC-OFFICE-OPEN",
                org.safemobility.eligibility.Outcome.MET, org.safemobility.eligibility.Outcome.NOT_MET, 2)));
        // by severity, then input order across the slices: 3, 6, 7 lose an ELIGIBLE, 4 only criteria
        assertEquals(List.of("gt-first-closed", "frp-ec-derivative", "frp-switch", "gt-late-minor"),
                impact.examples().stream().map(ChangedApplicant::applicantId).toList());
    }

    @Test
    void aMergedOrShippedSliceTakesNoApplicantsAndSlicesOfOtherDatesDoNotMerge() {
        ImpactDiff diff = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after()).build();
        Applicant one = ImpactDiffTest.population().get(0);
        ImpactDiff.Slice merged = diff.slice(0).merge(diff.slice(1L << SLICE_BITS));
        assertThrows(IllegalStateException.class, () -> merged.add(one));
        assertThrows(IllegalStateException.class, () -> ship(diff.slice(0)).add(one));
        assertThrows(IllegalArgumentException.class, () -> diff.slice(-1));

        ImpactDiff otherDay = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after())
                .asOf(LocalDate.of(2020, 1, 1)).build();
        assertThrows(IllegalArgumentException.class, () -> diff.slice(0).merge(otherDay.slice(1)));
        ImpactDiff fewerExamples = ImpactDiff.between(ImpactDiffTest.before(), ImpactDiffTest.after())
                .examples(3).build();
        assertThrows(IllegalArgumentException.class, () -> diff.finish(fewerExamples.slice(0)));
    }

    /** {@code k} slices of about equal size, in input order, each with positions of its own. */
    private static List<ImpactDiff.Slice> sliced(ImpactDiff diff, List<Applicant> population, int k) {
        List<ImpactDiff.Slice> slices = new ArrayList<>();
        int size = population.size();
        for (int i = 0; i < k; i++) {
            ImpactDiff.Slice slice = diff.slice((long) i << SLICE_BITS);
            population.subList(i * size / k, (i + 1) * size / k).forEach(slice::add);
            slices.add(slice);
        }
        return slices;
    }

    private static List<ImpactDiff.Slice> shipped(List<ImpactDiff.Slice> slices) {
        return new ArrayList<>(slices.stream().map(ImpactSliceTest::ship).toList());
    }

    private static ImpactDiff.Slice inOrder(List<ImpactDiff.Slice> slices) {
        return slices.stream().reduce(ImpactDiff.Slice::merge).orElseThrow();
    }

    /** Merged as a tree: neighbours pairwise, then their merges, until one is left. */
    private static ImpactDiff.Slice pairwise(List<ImpactDiff.Slice> slices) {
        List<ImpactDiff.Slice> level = slices;
        while (level.size() > 1) {
            List<ImpactDiff.Slice> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    /** Through an object stream and back, as Spark ships a task's result. */
    private static ImpactDiff.Slice ship(ImpactDiff.Slice slice) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(slice);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (ImpactDiff.Slice) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
