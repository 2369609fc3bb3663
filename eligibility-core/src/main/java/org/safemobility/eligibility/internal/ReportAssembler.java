package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.facts.Conclusion;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * Shapes the rules' conclusions into a report: it orders criteria as the catalog says, combines
 * outcomes into statuses (Kleene AND), picks the best petition or job offer, and gathers the
 * missing information that matters. It decides no criterion.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportAssembler {

    private final CriteriaCatalog catalog;
    private final String version;

    public ReportAssembler(CriteriaCatalog catalog, String version) {
        this.catalog = catalog;
        this.version = version;
    }

    /** The report on {@code screening}, its reasons and questions worded in the language of {@code words}. */
    public EligibilityReport assemble(Screening screening, List<Conclusion> conclusions, Messages words) {
        return assemble(screening, conclusions, words, null);
    }

    /**
     * The report on {@code screening}, and into {@code interviewFields} (field -> scopes, in report
     * order) the fields an interview may still ask: the report's missing information, and besides
     * it the absent answers of every petition or job offer that is still POSSIBLY_ELIGIBLE although
     * the report shows another (a tie goes to the first, policy section 4): any of them can still
     * make its pathway ELIGIBLE. Gathered while the candidates are compared, not in a second pass.
     *
     * @param interviewFields where the fields go, or {@code null} for a report alone
     */
    public EligibilityReport assemble(Screening screening, List<Conclusion> conclusions, Messages words,
                                      Map<String, Set<String>> interviewFields) {
        // criterion -> its conclusions, one per candidate (a handful at most)
        Map<String, List<Conclusion>> byCriterion = new HashMap<>(96);
        for (Conclusion c : conclusions) {
            List<Conclusion> same = byCriterion.computeIfAbsent(c.criterion(), k -> new ArrayList<>(2));
            for (Conclusion previous : same) {
                if (previous.candidate() == c.candidate()) {
                    throw new EvaluationException("criterion " + c.criterion() + " was decided twice",
                            c.rule() + ", " + previous.rule(), c.criterion(), version);
                }
            }
            same.add(c);
        }
        var office = screening.office();

        List<CriterionResult> accessCriteria = new ArrayList<>();
        for (CriteriaCatalog.Entry e : catalog.criteria(CriteriaCatalog.ACCESS, office)) {
            accessCriteria.add(result(conclusion(byCriterion, e.criterion(), -1), words));
        }
        AccessResult access = new AccessResult(status(accessCriteria), accessCriteria);
        if (interviewFields != null && access.status() == Status.POSSIBLY_ELIGIBLE) {
            collect(interviewFields, CriteriaCatalog.ACCESS, accessCriteria);
        }

        List<PathwayResult> pathways = new ArrayList<>();
        for (Pathway pathway : Pathway.values()) {
            pathways.add(pathway(pathway, catalog.criteria(pathway.name(), office), byCriterion, words, interviewFields));
        }

        return new EligibilityReport(screening.applicant().id(), screening.date(), version, words.language(),
                access, pathways, missingInformation(access, pathways, words));
    }

    private PathwayResult pathway(Pathway pathway, List<CriteriaCatalog.Entry> entries,
                                  Map<String, List<Conclusion>> byCriterion, Messages words,
                                  Map<String, Set<String>> interviewFields) {
        List<CandidateResult> all = candidates(entries, byCriterion, words);
        // Each candidate is evaluated with all criteria; the best status wins, ties to the first.
        CandidateResult best = null;
        for (CandidateResult c : all) {
            if (best == null || c.status().compareTo(best.status()) < 0) {
                best = c;
            }
        }
        if (interviewFields != null && best.status() == Status.POSSIBLY_ELIGIBLE) {
            // the shown candidate's fields (the report's missing information) and every other undecided one's
            for (CandidateResult c : all) {
                if (c.status() == Status.POSSIBLY_ELIGIBLE) {
                    collect(interviewFields, pathway.name(), c.criteria());
                }
            }
        }
        return new PathwayResult(pathway, best.status(), best.criteria(),
                candidateNote(entries, best.candidate(), all.size(), words));
    }

    /** A pathway's criteria and status for one petition or job offer (candidate -1: none, or no list). */
    private record CandidateResult(int candidate, List<CriterionResult> criteria, Status status) {
    }

    private List<CandidateResult> candidates(List<CriteriaCatalog.Entry> entries,
                                             Map<String, List<Conclusion>> byCriterion, Messages words) {
        Set<Integer> candidates = new TreeSet<>();
        for (CriteriaCatalog.Entry e : entries) {
            if (e.perCandidate()) {
                List<Conclusion> perCandidate = byCriterion.get(e.criterion());
                if (perCandidate == null) {
                    throw undecided(e.criterion());
                }
                for (Conclusion c : perCandidate) {
                    candidates.add(c.candidate());
                }
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(-1);
        }
        List<CandidateResult> out = new ArrayList<>(candidates.size());
        for (int candidate : candidates) {
            List<CriterionResult> criteria = new ArrayList<>();
            for (CriteriaCatalog.Entry e : entries) {
                criteria.add(result(conclusion(byCriterion, e.criterion(), e.perCandidate() ? candidate : -1), words));
            }
            out.add(new CandidateResult(candidate, criteria, status(criteria)));
        }
        return out;
    }

    /** Says which petition or job offer the criteria belong to, when there is a choice of real ones. */
    private static List<String> candidateNote(List<CriteriaCatalog.Entry> entries, int shown, int count,
                                              Messages words) {
        if (shown < 0) {
            return List.of();
        }
        boolean petition = entries.stream().anyMatch(e -> e.candidate().equals("petition"));
        return List.of(words.note(petition, shown, count));
    }

    private Conclusion conclusion(Map<String, List<Conclusion>> byCriterion, String criterion, int candidate) {
        List<Conclusion> perCandidate = byCriterion.get(criterion);
        if (perCandidate != null) {
            for (Conclusion c : perCandidate) {
                if (c.candidate() == candidate) {
                    return c;
                }
            }
        }
        throw undecided(criterion);
    }

    private EvaluationException undecided(String criterion) {
        return new EvaluationException("no rule decided criterion " + criterion, null, criterion, version);
    }

    private CriterionResult result(Conclusion c, Messages words) {
        String reason;
        try {
            reason = words.reason(c);
        } catch (IllegalStateException e) { // a template naming a fact the rule does not give
            throw new EvaluationException(e.getMessage(), c.rule(), c.criterion(), version);
        }
        return new CriterionResult(c.criterion(), c.outcome(), reason, c.citation(), c.rule(), c.missing());
    }

    /** The Kleene AND of the outcomes, as a status (policy section 1). */
    static Status status(List<CriterionResult> criteria) {
        boolean unknown = false;
        for (CriterionResult c : criteria) {
            if (c.outcome() == Outcome.NOT_MET) {
                return Status.NOT_ELIGIBLE;
            }
            unknown |= c.outcome() == Outcome.UNKNOWN;
        }
        return unknown ? Status.POSSIBLY_ELIGIBLE : Status.ELIGIBLE;
    }

    /** Absent inputs behind UNKNOWN criteria of POSSIBLY_ELIGIBLE access or pathways. */
    private static List<MissingInformation> missingInformation(AccessResult access, List<PathwayResult> pathways,
                                                               Messages words) {
        Map<String, Set<String>> scopesByField = new TreeMap<>();
        if (access.status() == Status.POSSIBLY_ELIGIBLE) {
            collect(scopesByField, CriteriaCatalog.ACCESS, access.criteria());
        }
        for (PathwayResult p : pathways) {
            if (p.status() == Status.POSSIBLY_ELIGIBLE) {
                collect(scopesByField, p.pathway().name(), p.criteria());
            }
        }
        List<MissingInformation> out = new ArrayList<>();
        scopesByField.forEach((field, scopes) -> out.add(new MissingInformation(field, List.copyOf(scopes), words.question(field))));
        return out;
    }

    private static void collect(Map<String, Set<String>> scopesByField, String scope, List<CriterionResult> criteria) {
        for (CriterionResult c : criteria) {
            if (c.outcome() == Outcome.UNKNOWN) {
                for (String field : c.missing()) {
                    scopesByField.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(scope);
                }
            }
        }
    }
}
