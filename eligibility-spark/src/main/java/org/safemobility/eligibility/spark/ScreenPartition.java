package org.safemobility.eligibility.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * Screens one partition of applicant JSON texts (one string column) into rows of
 * {@link ScreeningColumns}, in input order. The engine is this executor's ({@link Engines}); the
 * function itself carries only the rules' key, the date and the language. Applicants are read
 * and screened in chunks of {@value #CHUNK_SIZE} (one {@link EligibilityEngine#evaluateEach} call
 * each), pulled as Spark asks for rows, so a partition of any size holds one chunk at a time.
 *
 * <p>An applicant that cannot be read (not JSON, breaks the contract, a value of the wrong type),
 * is rejected on its evaluation date, or that the rules fail on becomes a row with errors: it
 * never fails the task.
 */
final class ScreenPartition implements MapPartitionsFunction<Row, Row> {

    /** Applicants screened in one call of the engine, as the CLI's batches. */
    static final int CHUNK_SIZE = 256;

    private static final long serialVersionUID = 1L;

    private final RulesSource rules;
    private final LocalDate asOf;
    private final String language;
    private final boolean withReport;
    private final LongAccumulator screened;
    private final LongAccumulator errors;

    /**
     * @param withReport true: rows of {@link ScreeningColumns#SCHEMA}, with the full report
     *                   ({@code evaluateEach}); false: of {@link ScreeningColumns#SUMMARY_SCHEMA}
     *                   ({@code summarizeEach}, which words no reason and runs several times faster)
     * @param screened   counts the applicants screened, or {@code null}
     * @param errors     counts the rows with errors, or {@code null}
     */
    ScreenPartition(RulesSource rules, LocalDate asOf, Locale language, boolean withReport,
                    LongAccumulator screened, LongAccumulator errors) {
        this.rules = rules;
        this.asOf = asOf;
        this.language = language.toLanguageTag();
        this.withReport = withReport;
        this.screened = screened;
        this.errors = errors;
    }

    ScreenPartition(RulesSource rules, LocalDate asOf, Locale language) {
        this(rules, asOf, language, true, null, null);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        EligibilityEngine engine = Engines.of(rules);
        Locale locale = Locale.forLanguageTag(language);
        return new Iterator<>() {
            private Iterator<Row> chunk = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                if (!chunk.hasNext() && input.hasNext()) {
                    chunk = screen(engine, locale, input).iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    /** Reads and screens the next chunk of {@code input}. */
    private List<Row> screen(EligibilityEngine engine, Locale locale, Iterator<Row> input) {
        List<Object> read = new ArrayList<>(CHUNK_SIZE); // an Applicant, or the Row of its errors
        List<Applicant> valid = new ArrayList<>(CHUNK_SIZE);
        while (read.size() < CHUNK_SIZE && input.hasNext()) {
            Row row = input.next();
            try {
                Applicant applicant = ApplicantRows.applicant(row);
                valid.add(applicant);
                read.add(applicant);
            } catch (InvalidApplicantException e) {
                read.add(ScreeningColumns.error(e.applicantId(), e.violations(), withReport));
            }
        }
        List<ScreeningResult> results = valid.isEmpty() ? List.of()
                : withReport ? engine.evaluateEach(valid, asOf, locale) : engine.summarizeEach(valid, asOf);
        List<Row> rows = new ArrayList<>(read.size());
        int next = 0;
        int failed = 0;
        for (Object r : read) {
            Row row = r instanceof Row error ? error : row(results.get(next++));
            if (!row.isNullAt(ScreeningColumns.ERRORS_INDEX)) {
                failed++;
            }
            rows.add(row);
        }
        if (screened != null) {
            screened.add(rows.size() - failed);
            errors.add(failed);
        }
        return rows;
    }

    private Row row(ScreeningResult result) {
        if (result instanceof ScreeningResult.Screened s) {
            return ScreeningColumns.screened(s.report());
        } else if (result instanceof ScreeningResult.Summarized s) {
            return ScreeningColumns.summarized(s.summary());
        } else if (result instanceof ScreeningResult.Rejected r) {
            return ScreeningColumns.error(r.applicantId(), r.violations(), withReport);
        }
        ScreeningResult.Failed f = (ScreeningResult.Failed) result;
        return ScreeningColumns.error(f.applicantId(), List.of(f.violation()), withReport);
    }
}
