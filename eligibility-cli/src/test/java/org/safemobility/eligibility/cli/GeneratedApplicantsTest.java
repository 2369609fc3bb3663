package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * {@code diff --generate} draws its applicants aimed at both rule sets' tables (issue 11: a
 * nationality added to an office was never generated, so the diff said nobody changed).
 */
class GeneratedApplicantsTest {

    /**
     * The Ecuador office also serves Japanese nationals: a country no table of the bundled rules
     * lists, so only a generator that reads the new rule set's tables makes Japanese applicants at
     * EC in any number.
     */
    private static final EligibilityEngine EC_SERVES_JP = build("ec-serves-jp");
    private static final EligibilityEngine BUNDLED = EligibilityEngine.builder().build();

    @Test
    void theApplicantsReachAnOfficeServingANewNationality() {
        List<Applicant> applicants = generate(2_000, 1, List.of(BUNDLED, EC_SERVES_JP));
        long reached = applicants.stream().filter(a -> a.office() == Office.EC
                && a.nationalities() != null && a.nationalities().contains("JP")
                && !a.applicationDate().isBefore(LocalDate.of(2023, 10, 18))
                && !a.applicationDate().isAfter(LocalDate.of(2025, 1, 26))).count();
        assertTrue(reached > 0, "some Japanese applicant at EC on a day the office registers");
    }

    @Test
    void theSameSeedAndRulesGiveTheSameApplicants() {
        List<EligibilityEngine> rules = List.of(BUNDLED, EC_SERVES_JP);
        List<String> first = json(generate(200, 7, rules));
        assertEquals(first, json(generate(200, 7, rules)));
        assertNotEquals(first, json(generate(200, 8, rules)));
    }

    private static List<Applicant> generate(int count, long seed, List<EligibilityEngine> rules) {
        List<Applicant> out = new ArrayList<>();
        GeneratedApplicants.generate(count, seed, rules, out::add);
        return out;
    }

    private static List<String> json(List<Applicant> applicants) {
        return applicants.stream().map(EligibilityJson::writeApplicant).toList();
    }

    private static EligibilityEngine build(String name) {
        Path folder = RulesFolderCopy.copy(Path.of("target", "generated-applicants-folders", name).toAbsolutePath());
        RulesFolderCopy.edit(folder.resolve("reference/served-nationalities.csv"), "EC,CO,,,\"movilidadsegura.org, Ecuador\"",
                "EC,CO,,,\"movilidadsegura.org, Ecuador\"\nEC,JP,,,\"test: a nationality no table lists\"");
        return EligibilityEngine.builder().rulesFolder(folder).build();
    }
}
