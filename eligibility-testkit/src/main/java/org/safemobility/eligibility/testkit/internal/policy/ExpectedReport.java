package org.safemobility.eligibility.testkit.internal.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * What the screening policy says one applicant's report must hold, worked out from the policy's
 * text (sections 1 to 8) with the rule set's own dates and lists, and the differences from the
 * report the engine gave. Every criterion's outcome and missing paths, which petition or job offer
 * is shown, every status, and the missing information that matters.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ExpectedReport {

    /** The scope name the report uses for program access in missing information. */
    public static final String ACCESS = "ACCESS";

    private static final Pattern CANDIDATE_NOTE = Pattern.compile("(usRelatives|employment\\.jobOffers)\\[(\\d+)]");

    private final Map<String, Truth> access;
    private final Map<Pathway, List<Candidate>> candidates = new EnumMap<>(Pathway.class);
    private final Map<Pathway, Candidate> shown = new EnumMap<>(Pathway.class);

    private ExpectedReport(Applicant a, LocalDate d, RuleSetTables t) {
        this.access = AccessCriteria.of(a, d, t);
        Truth smoAccess = Truth.all(List.copyOf(access.values()));
        candidates.put(Pathway.REFUGEE_RESETTLEMENT, List.of(new Candidate(-1, RefugeeCriteria.of(a, d, t, smoAccess))));
        candidates.put(Pathway.FAMILY_REUNIFICATION_PAROLE, FamilyReunificationCriteria.candidates(a, d, t, smoAccess));
        candidates.put(Pathway.CENTRAL_AMERICAN_MINORS, List.of(new Candidate(-1, CamCriteria.of(a, d, t, smoAccess))));
        for (Pathway work : List.of(Pathway.H1B, Pathway.H2A, Pathway.H2B)) {
            candidates.put(work, WorkCriteria.candidates(work, a, d, t, smoAccess));
        }
        candidates.forEach((pathway, list) -> shown.put(pathway, Candidate.best(list)));
    }

    /** The policy's report for {@code applicant} on D, with the dates and lists of {@code tables}. */
    public static ExpectedReport of(Applicant applicant, LocalDate d, RuleSetTables tables) {
        return new ExpectedReport(applicant, d, tables);
    }

    /** Access status: the Kleene AND of the access criteria. */
    public Status accessStatus() {
        return Candidate.status(access.values());
    }

    /** Differences in program access (section 2): criteria, outcomes, missing paths, status. */
    public List<String> accessDifferences(EligibilityReport report) {
        List<String> out = new ArrayList<>();
        compareCriteria("access", access, report.access().criteria(), out);
        if (report.access().status() != accessStatus()) {
            out.add("access status: the policy gives " + accessStatus() + ", the report " + report.access().status());
        }
        return out;
    }

    /**
     * Differences in one pathway: which petition or job offer is shown, each criterion's outcome and
     * missing paths (of the candidate the policy shows), the status.
     */
    public List<String> pathwayDifferences(Pathway pathway, EligibilityReport report) {
        List<String> out = new ArrayList<>();
        PathwayResult actual = report.pathway(pathway);
        Candidate expected = shown.get(pathway);
        int shownIndex = shownCandidate(actual);
        if (shownIndex != expected.index()) {
            out.add(pathway + " shows " + describe(shownIndex) + " where the policy shows " + describe(expected.index())
                    + " (sections 4 and 6: the best status, ties to the first); the candidates' statuses by the policy: "
                    + candidateStatuses(pathway));
        }
        compareCriteria(pathway.name(), expected.criteria(), actual.criteria(), out);
        if (actual.status() != expected.status()) {
            out.add(pathway + " status: the policy gives " + expected.status() + ", the report " + actual.status());
        }
        return out;
    }

    /**
     * Differences in missing information (section 1): each absent input behind an UNKNOWN criterion
     * of access or of a pathway that is POSSIBLY_ELIGIBLE, with those scopes in report order.
     */
    public List<String> missingInformationDifferences(EligibilityReport report) {
        Map<String, Set<String>> expected = new TreeMap<>();
        if (accessStatus() == Status.POSSIBLY_ELIGIBLE) {
            collect(expected, ACCESS, access);
        }
        shown.forEach((pathway, candidate) -> {
            if (candidate.status() == Status.POSSIBLY_ELIGIBLE) {
                collect(expected, pathway.name(), candidate.criteria());
            }
        });
        Map<String, List<String>> want = new TreeMap<>();
        expected.forEach((field, scopes) -> want.put(field, List.copyOf(scopes)));
        Map<String, List<String>> got = new TreeMap<>();
        for (MissingInformation m : report.missingInformation()) {
            if (got.put(m.field(), m.pathways()) != null) {
                return List.of("missingInformation lists " + m.field() + " twice");
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> fields = new java.util.TreeSet<>(want.keySet());
        fields.addAll(got.keySet());
        for (String field : fields) {
            List<String> w = want.get(field);
            List<String> g = got.get(field);
            if (!java.util.Objects.equals(w, g)) {
                out.add("missingInformation " + field + ": the policy gives " + (w == null ? "nothing" : w)
                        + ", the report " + (g == null ? "nothing" : g));
            }
        }
        return out;
    }

    private static void collect(Map<String, Set<String>> out, String scope, Map<String, Truth> criteria) {
        for (Truth t : criteria.values()) {
            if (t.outcome() == Outcome.UNKNOWN) {
                for (String field : t.missing()) {
                    out.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(scope);
                }
            }
        }
    }

    private static void compareCriteria(String scope, Map<String, Truth> expected, List<CriterionResult> actual, List<String> out) {
        List<String> expectedIds = List.copyOf(expected.keySet());
        List<String> actualIds = actual.stream().map(CriterionResult::id).toList();
        if (!expectedIds.equals(actualIds)) {
            out.add(scope + " criteria: the policy lists " + expectedIds + ", the report " + actualIds);
        }
        for (CriterionResult c : actual) {
            Truth want = expected.get(c.id());
            if (want == null) {
                continue;
            }
            Truth got = new Truth(c.outcome(), new java.util.TreeSet<>(c.missing()));
            if (!want.equals(got) || !List.copyOf(want.missing()).equals(c.missing())) {
                out.add(c.id() + ": the policy gives " + want + ", the report " + got + " (rule " + c.rule() + ")"
                        + "\n    policy " + PolicyRows.of(c.id()));
            }
        }
    }

    /** The index the report's note names ("Criteria shown for the petition at usRelatives[1]"), or -1. */
    private static int shownCandidate(PathwayResult result) {
        for (String note : result.notes()) {
            Matcher m = CANDIDATE_NOTE.matcher(note);
            if (note.startsWith("Criteria shown for") && m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        return -1;
    }

    private static String describe(int index) {
        return index < 0 ? "no petition or offer" : "the candidate at index " + index;
    }

    private String candidateStatuses(Pathway pathway) {
        List<String> out = new ArrayList<>();
        for (Candidate c : candidates.get(pathway)) {
            out.add((c.index() < 0 ? "none" : "[" + c.index() + "]") + " " + c.status());
        }
        return String.join(", ", out);
    }
}
