package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.ScreeningResult;
import org.safemobility.eligibility.model.Applicant;

/**
 * A summary is its report without the words: for any batch of applicants (aimed at every date and
 * country the rules' tables name), {@code summarizeEach} gives, applicant by applicant, the
 * summary of the report {@code evaluateEach} gives, and the same rejection or failure.
 */
@PropertyDefaults(tries = 60)
class SummaryProperties {

    private static final EligibilityEngine ENGINE = RulesFolder.bundledCopy();

    @Property
    void eachSummaryIsTheSummaryOfItsReport(@ForAll("aimed") List<Applicant> applicants,
                                            @ForAll("asOf") LocalDate asOf) {
        List<ScreeningResult> reports = ENGINE.evaluateEach(applicants, asOf);
        List<ScreeningResult> summaries = ENGINE.summarizeEach(applicants, asOf);
        assertEquals(reports.size(), summaries.size());
        for (int i = 0; i < reports.size(); i++) {
            ScreeningResult report = reports.get(i);
            ScreeningResult summary = summaries.get(i);
            if (report instanceof ScreeningResult.Screened s) {
                assertEquals(s.report().summary(),
                        assertInstanceOf(ScreeningResult.Summarized.class, summary).summary());
            } else {
                assertEquals(report, summary, "a rejection or failure does not depend on the words");
            }
        }
    }

    @Provide
    Arbitrary<List<Applicant>> aimed() {
        return Applicants.aimedAt(ENGINE).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<LocalDate> asOf() {
        return Arbitraries.of(LocalDate.of(2023, 6, 12), LocalDate.of(2024, 9, 1), LocalDate.of(2026, 1, 1));
    }
}
