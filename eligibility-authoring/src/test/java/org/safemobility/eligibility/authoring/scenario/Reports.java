package org.safemobility.eligibility.authoring.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/** Reports built by hand, with only the parts a test needs, for tests that need no engine. */
final class Reports {

    private Reports() {
    }

    static CriterionResult criterion(String id, Outcome outcome, String... missing) {
        return new CriterionResult(id, outcome, "reason of " + id, "citation", "rule " + id, List.of(missing));
    }

    static PathwayResult pathway(Pathway pathway, Status status, CriterionResult... criteria) {
        return new PathwayResult(pathway, status, List.of(criteria), List.of());
    }

    /** A report with this access and these pathways (the others absent), and no missing information. */
    static EligibilityReport report(AccessResult access, PathwayResult... pathways) {
        return report(access, List.of(), pathways);
    }

    static EligibilityReport report(AccessResult access, List<MissingInformation> missing, PathwayResult... pathways) {
        return new EligibilityReport("a-1", LocalDate.of(2024, 1, 8), "test+sha256.0", "en", access,
                new ArrayList<>(List.of(pathways)), missing);
    }

    static AccessResult access(Status status, CriterionResult... criteria) {
        return new AccessResult(status, List.of(criteria));
    }
}
