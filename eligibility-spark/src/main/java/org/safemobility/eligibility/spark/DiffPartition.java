package org.safemobility.eligibility.spark;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.authoring.diff.ImpactDiff;

/**
 * Compares one partition of applicant JSON texts under the old and the new rules into one
 * {@link ImpactDiff.Slice}: counts, failures and the most severe changed applicants, which the
 * driver merges. The engines are this executor's ({@link Engines}); the slice's first position is
 * the partition's index shifted left by 40 bits, so the examples of one severity keep input order
 * across partitions, as one comparison of the whole would. A text that is not a valid applicant is
 * counted as invalid and not compared, as the CLI's diff does.
 */
final class DiffPartition implements FlatMapFunction<Iterator<Row>, ImpactDiff.Slice> {

    private static final long serialVersionUID = 1L;

    private final DiffRules oldRules;
    private final DiffRules newRules;
    private final LocalDate asOf;
    private final int examples;

    DiffPartition(DiffRules oldRules, DiffRules newRules, LocalDate asOf, int examples) {
        this.oldRules = oldRules;
        this.newRules = newRules;
        this.asOf = asOf;
        this.examples = examples;
    }

    /** The diff of these rules, on an executor or the driver. */
    ImpactDiff diff() {
        return ImpactDiff.between(Engines.of(oldRules.source()), Engines.of(newRules.source()))
                .asOf(asOf)
                .examples(examples)
                .tables(oldRules.ruleTables(), newRules.ruleTables())
                .build();
    }

    @Override
    public Iterator<ImpactDiff.Slice> call(Iterator<Row> input) {
        ImpactDiff.Slice slice = diff().slice((long) TaskContext.getPartitionId() << 40);
        while (input.hasNext()) {
            Row row = input.next();
            try {
                slice.add(ApplicantRows.applicant(row));
            } catch (InvalidApplicantException e) {
                slice.skipUnreadable();
            }
        }
        return List.of(slice).iterator();
    }
}
