package org.safemobility.eligibility.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** Reading reports the way the policy states them (section 1). */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Reports {

    /** The engine names the petition or job offer whose criteria a pathway shows in its notes. */
    private static final Pattern SHOWN = Pattern.compile("Criteria shown for the (?:petition at usRelatives|job offer at employment\\.jobOffers)\\[(\\d+)]");

    private Reports() {
    }

    /** {@code ACCESS} and every pathway, in report order, with its status. */
    public static Map<String, Status> statuses(EligibilityReport report) {
        Map<String, Status> out = new LinkedHashMap<>();
        out.put("ACCESS", report.access().status());
        for (PathwayResult p : report.pathways()) {
            out.put(p.pathway().name(), p.status());
        }
        return out;
    }

    /** Policy section 1: ELIGIBLE when every criterion is MET, NOT_ELIGIBLE when any is NOT_MET, else POSSIBLY_ELIGIBLE. */
    public static Status kleeneAnd(List<CriterionResult> criteria) {
        if (criteria.stream().anyMatch(c -> c.outcome() == Outcome.NOT_MET)) {
            return Status.NOT_ELIGIBLE;
        }
        return criteria.stream().allMatch(c -> c.outcome() == Outcome.MET) ? Status.ELIGIBLE : Status.POSSIBLY_ELIGIBLE;
    }

    /** SMO-ACCESS: MET when access is ELIGIBLE, NOT_MET when NOT_ELIGIBLE, UNKNOWN otherwise. */
    public static Outcome accessOutcome(Status access) {
        return switch (access) {
            case ELIGIBLE -> Outcome.MET;
            case NOT_ELIGIBLE -> Outcome.NOT_MET;
            case POSSIBLY_ELIGIBLE -> Outcome.UNKNOWN;
        };
    }

    /** The index of the petition or job offer a pathway shows, or -1 when it shows none. */
    public static int shownCandidate(PathwayResult pathway) {
        for (String note : pathway.notes()) {
            Matcher m = SHOWN.matcher(note);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    /** Whether a criterion speaks of one petition or job offer (its reason starts with the candidate's path). */
    public static boolean perCandidate(CriterionResult criterion) {
        return criterion.reason().startsWith("usRelatives[") || criterion.reason().startsWith("employment.jobOffers[");
    }

    /** Where two reports differ in status or in a criterion's outcome, one line each. */
    public static List<String> differences(EligibilityReport a, String labelA, EligibilityReport b, String labelB) {
        List<String> out = new ArrayList<>();
        Map<String, Status> sa = statuses(a);
        Map<String, Status> sb = statuses(b);
        for (String scope : sa.keySet()) {
            if (sa.get(scope) != sb.get(scope)) {
                out.add(scope + ": " + sa.get(scope) + " (" + labelA + ") but " + sb.get(scope) + " (" + labelB + ")");
            }
        }
        criteria(out, "ACCESS", a.access().criteria(), labelA, b.access().criteria(), labelB);
        for (int i = 0; i < Math.min(a.pathways().size(), b.pathways().size()); i++) {
            criteria(out, a.pathways().get(i).pathway().name(), a.pathways().get(i).criteria(), labelA,
                    b.pathways().get(i).criteria(), labelB);
        }
        return out;
    }

    private static void criteria(List<String> out, String scope, List<CriterionResult> a, String labelA,
                                 List<CriterionResult> b, String labelB) {
        Map<String, Outcome> ob = new LinkedHashMap<>();
        b.forEach(c -> ob.putIfAbsent(c.id(), c.outcome()));
        for (CriterionResult c : a) {
            Outcome other = ob.get(c.id());
            if (other != null && other != c.outcome()) {
                out.add("  " + scope + " " + c.id() + ": " + c.outcome() + " (" + labelA + ") but " + other + " (" + labelB + ")");
            }
        }
    }
}
