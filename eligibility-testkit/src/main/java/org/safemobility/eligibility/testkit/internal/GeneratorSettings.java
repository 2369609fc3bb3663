package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.List;
import org.safemobility.eligibility.model.Office;

/**
 * What {@code ApplicantArbitrary} was asked for; checked by the public API before it gets here.
 *
 * @param offices           offices to draw from, not empty
 * @param firstDate         first possible evaluation date
 * @param lastDate          last possible evaluation date
 * @param nationalityPool   the only nationalities to draw, or {@code null} for the default mix
 * @param minAge            youngest age on D, or {@code null} for the default mix
 * @param maxAge            oldest age on D, or {@code null}
 * @param complete          every answer present
 * @param absentProbability chance of each answer being absent when not complete, or {@code null} for
 *                          the default mix (see {@code ApplicantGenerator})
 */
public record GeneratorSettings(List<Office> offices, LocalDate firstDate, LocalDate lastDate,
                                List<String> nationalityPool, Integer minAge, Integer maxAge,
                                boolean complete, Double absentProbability) {

    public GeneratorSettings {
        offices = List.copyOf(offices);
        nationalityPool = nationalityPool == null ? null : List.copyOf(nationalityPool);
    }

    public boolean ageBand() {
        return minAge != null;
    }
}
