package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.Office;

/**
 * What {@code ApplicantArbitrary} was asked for; checked by the public API before it gets here.
 *
 * @param offices           offices to draw from, not empty
 * @param firstDate         first possible evaluation date, or {@code null} for the default range
 * @param lastDate          last possible evaluation date, or {@code null} for the default range
 * @param nationalityPool   the only nationalities to draw, or {@code null} for the default mix
 * @param minAge            youngest age on D, or {@code null} for the default mix
 * @param maxAge            oldest age on D, or {@code null}
 * @param complete          every answer present
 * @param absentProbability chance of each answer being absent when not complete, or {@code null} for
 *                          the default mix (see {@code ApplicantGenerator})
 * @param targets           the tables aimed at, or {@code null} when not aimed at an engine (then the
 *                          bundled rule set's, see {@link BundledTargets})
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record GeneratorSettings(List<Office> offices, LocalDate firstDate, LocalDate lastDate,
                                List<String> nationalityPool, Integer minAge, Integer maxAge,
                                boolean complete, Double absentProbability, Targets targets) {

    /** The default range of evaluation dates: from before the CAM restart to after every office closed. */
    public static final LocalDate DEFAULT_FIRST_DATE = LocalDate.of(2021, 1, 1);
    /** @see #DEFAULT_FIRST_DATE */
    public static final LocalDate DEFAULT_LAST_DATE = LocalDate.of(2026, 6, 30);
    /** The widest default range, whatever dates a table holds. */
    private static final LocalDate FLOOR = LocalDate.of(1950, 1, 1);
    private static final LocalDate CEILING = LocalDate.of(2100, 12, 31);

    public GeneratorSettings {
        offices = List.copyOf(offices);
        nationalityPool = nationalityPool == null ? null : List.copyOf(nationalityPool);
    }

    /** Every office, the default dates and mix, not aimed at an engine. */
    public static GeneratorSettings defaults() {
        return new GeneratorSettings(List.of(Office.values()), null, null, null, null, null, false, null, null);
    }

    public boolean ageBand() {
        return minAge != null;
    }

    /** Whether an engine's tables were named; otherwise the bundled rule set's are used. */
    public boolean aimed() {
        return targets != null;
    }

    /** The tables aimed at. */
    public Targets resolvedTargets() {
        return targets != null ? targets : BundledTargets.get();
    }

    /**
     * The first evaluation date: the one asked for, else the default range widened to the day before
     * the earliest date of the tables aimed at.
     */
    public LocalDate resolvedFirstDate() {
        if (firstDate != null) {
            return firstDate;
        }
        LocalDate earliest = resolvedTargets().earliest();
        LocalDate first = earliest == null || !earliest.minusDays(1).isBefore(DEFAULT_FIRST_DATE)
                ? DEFAULT_FIRST_DATE : earliest.minusDays(1);
        return first.isBefore(FLOOR) ? FLOOR : first;
    }

    /** The last evaluation date: the one asked for, else the default range widened to the day after the latest table date. */
    public LocalDate resolvedLastDate() {
        if (lastDate != null) {
            return lastDate;
        }
        LocalDate latest = resolvedTargets().latest();
        LocalDate last = latest == null || !latest.plusDays(1).isAfter(DEFAULT_LAST_DATE)
                ? DEFAULT_LAST_DATE : latest.plusDays(1);
        return last.isAfter(CEILING) ? CEILING : last;
    }

    public GeneratorSettings withOffices(List<Office> value) {
        return new GeneratorSettings(value, firstDate, lastDate, nationalityPool, minAge, maxAge, complete, absentProbability, targets);
    }

    public GeneratorSettings withDates(LocalDate first, LocalDate last) {
        return new GeneratorSettings(offices, first, last, nationalityPool, minAge, maxAge, complete, absentProbability, targets);
    }

    public GeneratorSettings withNationalityPool(List<String> value) {
        return new GeneratorSettings(offices, firstDate, lastDate, value, minAge, maxAge, complete, absentProbability, targets);
    }

    public GeneratorSettings withAges(int min, int max) {
        return new GeneratorSettings(offices, firstDate, lastDate, nationalityPool, min, max, complete, absentProbability, targets);
    }

    public GeneratorSettings withCompleteness(boolean value, Double absent) {
        return new GeneratorSettings(offices, firstDate, lastDate, nationalityPool, minAge, maxAge, value, absent, targets);
    }

    public GeneratorSettings withTargets(Targets value) {
        return new GeneratorSettings(offices, firstDate, lastDate, nationalityPool, minAge, maxAge, complete, absentProbability, value);
    }
}
