package org.safemobility.eligibility.authoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * The population a rule set is screened with: reproducible, almost all valid, with every answer
 * shape the rules must handle, at every office, on the dates of the tables.
 */
class ScreeningPopulationTest {

    static ReferenceData tables;
    static List<Applicant> population;

    @BeforeAll
    static void thePopulationOfTheBundledTables() {
        tables = ReferenceTables.load(RuleSetFiles.folder(RulesFolderCopy.SOURCE));
        population = ScreeningPopulation.of(tables, PopulationScreen.SEED, PopulationScreen.POPULATION);
    }

    @Test
    void theSameTablesAndSeedGiveTheSameApplicants() {
        assertEquals(population, ScreeningPopulation.of(tables, PopulationScreen.SEED, PopulationScreen.POPULATION));
        assertTrue(!population.equals(ScreeningPopulation.of(tables, PopulationScreen.SEED + 1, PopulationScreen.POPULATION)));
    }

    @Test
    void nearlyEveryApplicantKeepsTheContract() {
        EligibilityEngine engine = EligibilityEngine.builder().rulesFolder(RulesFolderCopy.SOURCE).build();
        long invalid = population.stream().filter(a -> !engine.validate(a, null).isEmpty()).count();
        assertTrue(invalid <= population.size() / 20, invalid + " of " + population.size() + " invalid");
    }

    @Test
    void everyListIsSometimesAbsentSometimesEmptyAndSometimesNot() {
        shapes("nationalities", Applicant::nationalities);
        shapes("usRelatives", Applicant::usRelatives);
        shapes("employment.jobOffers", a -> a.employment() == null ? null : a.employment().jobOffers());
        shapes("protection.grounds", a -> a.protection() == null ? null : a.protection().grounds());
        shapes("usHistory.irregularEntryDates", a -> a.usHistory() == null ? null : a.usHistory().irregularEntryDates());
    }

    private static void shapes(String field, Function<Applicant, List<?>> list) {
        Set<String> seen = population.stream().map(list)
                .map(l -> l == null ? "absent" : l.isEmpty() ? "empty" : "entries").collect(Collectors.toSet());
        assertEquals(Set.of("absent", "empty", "entries"), seen, field);
    }

    @Test
    void everyOfficeAndEveryBoundaryOfTheOfficesTableIsScreened() {
        assertEquals(EnumSet.allOf(Office.class), population.stream().map(Applicant::office)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Office.class))));
        Set<LocalDate> dates = population.stream().map(Applicant::applicationDate).collect(Collectors.toSet());
        for (ReferenceData.OfficeRow row : tables.officeRows()) {
            // the last day of registration and the day after it, where a table cut or a rule's
            // off-by-one shows
            assertTrue(dates.contains(row.lastDay()) && dates.contains(row.lastDay().plusDays(1)), row.toString());
            assertTrue(dates.contains(row.opens().minusDays(1)) && dates.contains(row.opens()), row.toString());
        }
    }
}
