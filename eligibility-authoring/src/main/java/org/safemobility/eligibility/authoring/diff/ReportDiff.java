package org.safemobility.eligibility.authoring.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** Where two reports of the same applicant differ: statuses, and criteria matched by scope, candidate and ID. */
final class ReportDiff {

    /**
     * The engine starts the reason of a criterion decided for one petition or job offer with that
     * candidate's field path ({@code usRelatives[1]: The Form I-130 is approved.}); the report
     * carries no other mark of the candidate.
     */
    private static final String RELATIVES = "usRelatives[";
    private static final String OFFERS = "employment.jobOffers[";

    private ReportDiff() {
    }

    /** The changes from {@code before} to {@code after}, or {@code null} when they screen the applicant alike. */
    static ChangedApplicant compare(EligibilityReport before, EligibilityReport after) {
        if (alike(before, after)) {
            return null;
        }
        List<StatusChange> statuses = new ArrayList<>();
        List<CriterionChange> criteria = new ArrayList<>();
        if (before.access().status() != after.access().status()) {
            statuses.add(new StatusChange(ImpactReport.ACCESS, before.access().status(), after.access().status()));
        }
        criteria(ImpactReport.ACCESS, before.access().criteria(), after.access().criteria(), criteria);
        for (PathwayResult old : before.pathways()) {
            PathwayResult now = after.pathway(old.pathway());
            String scope = old.pathway().name();
            if (old.status() != now.status()) {
                statuses.add(new StatusChange(scope, old.status(), now.status()));
            }
            criteria(scope, old.criteria(), now.criteria(), criteria);
        }
        if (statuses.isEmpty() && criteria.isEmpty()) {
            return null;
        }
        return new ChangedApplicant(before.applicantId(), statuses, criteria);
    }

    /**
     * The common case, cheaply: same statuses, and every scope lists the same criteria with the same
     * outcomes in the same order (the report's order is fixed), so no candidate needs matching.
     */
    private static boolean alike(EligibilityReport before, EligibilityReport after) {
        if (before.access().status() != after.access().status()
                || !sameOutcomes(before.access().criteria(), after.access().criteria())) {
            return false;
        }
        for (PathwayResult old : before.pathways()) {
            PathwayResult now = after.pathway(old.pathway());
            if (old.status() != now.status() || !sameOutcomes(old.criteria(), now.criteria())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameOutcomes(List<CriterionResult> a, List<CriterionResult> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            CriterionResult x = a.get(i);
            CriterionResult y = b.get(i);
            if (x.outcome() != y.outcome() || !x.id().equals(y.id())
                    || x.reason().startsWith("usRelatives") != y.reason().startsWith("usRelatives")
                    || x.reason().startsWith("employment") != y.reason().startsWith("employment")
                    || (x.reason().startsWith("usRelatives[") || x.reason().startsWith("employment.jobOffers["))
                    && !Objects.equals(candidate(x.reason()), candidate(y.reason()))) {
                return false;
            }
        }
        return true;
    }

    private record Key(String candidate, String criterion) {
    }

    private static void criteria(String scope, List<CriterionResult> before, List<CriterionResult> after,
                                 List<CriterionChange> out) {
        Map<Key, CriterionResult> old = byKey(before);
        Map<Key, CriterionResult> now = byKey(after);
        for (Map.Entry<Key, CriterionResult> e : old.entrySet()) {
            CriterionResult o = e.getValue();
            CriterionResult n = now.get(e.getKey());
            if (n == null) {
                out.add(new CriterionChange(scope, o.id(), e.getKey().candidate(), o.outcome(), o.reason(), null, null));
            } else if (n.outcome() != o.outcome()) {
                out.add(new CriterionChange(scope, o.id(), e.getKey().candidate(), o.outcome(), o.reason(),
                        n.outcome(), n.reason()));
            }
        }
        for (Map.Entry<Key, CriterionResult> e : now.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                CriterionResult n = e.getValue();
                out.add(new CriterionChange(scope, n.id(), e.getKey().candidate(), null, null, n.outcome(), n.reason()));
            }
        }
    }

    private static Map<Key, CriterionResult> byKey(List<CriterionResult> criteria) {
        Map<Key, CriterionResult> out = new LinkedHashMap<>();
        for (CriterionResult c : criteria) {
            out.putIfAbsent(new Key(candidate(c.reason()), c.id()), c);
        }
        return out;
    }

    /** {@code usRelatives[1]} or {@code employment.jobOffers[0]} when the reason names one, else {@code null}. */
    static String candidate(String reason) {
        // by hand, not with a regular expression: it runs for every criterion of every report compared
        int open = reason.startsWith(RELATIVES) ? RELATIVES.length() : reason.startsWith(OFFERS) ? OFFERS.length() : -1;
        if (open < 0) {
            return null;
        }
        int i = open;
        while (i < reason.length() && reason.charAt(i) >= '0' && reason.charAt(i) <= '9') {
            i++;
        }
        return i > open && reason.startsWith("]: ", i) ? reason.substring(0, i + 1) : null;
    }
}
