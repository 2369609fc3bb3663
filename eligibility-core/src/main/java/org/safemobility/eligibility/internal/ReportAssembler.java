package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.safemobility.eligibility.report.ScreeningSummary;

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
        Decision d = decide(screening, conclusions);
        List<CriterionResult> accessCriteria = results(d.access().conclusions(), words);
        AccessResult access = new AccessResult(d.access().status(), accessCriteria);
        if (interviewFields != null && access.status() == Status.POSSIBLY_ELIGIBLE) {
            collect(interviewFields, CriteriaCatalog.ACCESS, d.access().conclusions());
        }
        List<PathwayResult> pathways = new ArrayList<>(d.pathways().size());
        for (PathwayDecision p : d.pathways()) {
            if (interviewFields != null && p.best().status() == Status.POSSIBLY_ELIGIBLE) {
                // the shown candidate's fields (the report's missing information) and every other undecided one's
                for (Candidate c : p.all()) {
                    if (c.status() == Status.POSSIBLY_ELIGIBLE) {
                        collect(interviewFields, p.pathway().name(), c.conclusions());
                    }
                }
            }
            pathways.add(new PathwayResult(p.pathway(), p.best().status(), results(p.best().conclusions(), words),
                    candidateNote(p.entries(), p.best().candidate(), p.all().size(), words)));
        }
        List<MissingInformation> missing = new ArrayList<>();
        d.missingFields().forEach((field, scopes) ->
                missing.add(new MissingInformation(field, List.copyOf(scopes), words.question(field))));
        return new EligibilityReport(screening.applicant().id(), screening.date(), version, words.language(),
                access, pathways, missing);
    }

    /**
     * The summary of the report {@link #assemble} would give: the same statuses and missing
     * fields, decided by the same code, without wording a reason or a question. A message template
     * that fails for this applicant fails its report but not its summary (no template is read).
     */
    public ScreeningSummary summarize(Screening screening, List<Conclusion> conclusions) {
        Decision d = decide(screening, conclusions);
        Map<Pathway, Status> statuses = new EnumMap<>(Pathway.class);
        for (PathwayDecision p : d.pathways()) {
            statuses.put(p.pathway(), p.best().status());
        }
        return new ScreeningSummary(screening.applicant().id(), screening.date(), version, d.access().status(),
                statuses, List.copyOf(d.missingFields().keySet()));
    }

    /** Every status of a screening, and the missing fields (sorted) with the scopes they matter to. */
    private record Decision(Candidate access, List<PathwayDecision> pathways, Map<String, Set<String>> missingFields) {
    }

    /** A pathway's petitions or job offers (one, -1, when it has none) and the one shown. */
    private record PathwayDecision(Pathway pathway, List<CriteriaCatalog.Entry> entries, List<Candidate> all,
                                   Candidate best) {
    }

    /** The conclusions, in catalog order, and status of a scope for one candidate (-1: none, or no list). */
    private record Candidate(int candidate, List<Conclusion> conclusions, Status status) {
    }

    /**
     * Orders the conclusions as the catalog says, combines outcomes into statuses, picks the best
     * petition or job offer of each pathway (ties to the first) and gathers the missing fields
     * that matter. Reports and summaries both come from here, so they cannot disagree.
     */
    private Decision decide(Screening screening, List<Conclusion> conclusions) {
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

        List<Conclusion> accessConclusions = new ArrayList<>();
        for (CriteriaCatalog.Entry e : catalog.criteria(CriteriaCatalog.ACCESS, office)) {
            accessConclusions.add(conclusion(byCriterion, e.criterion(), -1));
        }
        Candidate access = new Candidate(-1, accessConclusions, status(accessConclusions));

        List<PathwayDecision> pathways = new ArrayList<>(Pathway.values().length);
        for (Pathway pathway : Pathway.values()) {
            List<CriteriaCatalog.Entry> entries = catalog.criteria(pathway.name(), office);
            List<Candidate> all = candidates(entries, byCriterion);
            // Each candidate is evaluated with all criteria; the best status wins, ties to the first.
            Candidate best = null;
            for (Candidate c : all) {
                if (best == null || c.status().compareTo(best.status()) < 0) {
                    best = c;
                }
            }
            pathways.add(new PathwayDecision(pathway, entries, all, best));
        }

        // Absent inputs behind UNKNOWN criteria of POSSIBLY_ELIGIBLE access or pathways, by field.
        Map<String, Set<String>> missing = new TreeMap<>();
        if (access.status() == Status.POSSIBLY_ELIGIBLE) {
            collect(missing, CriteriaCatalog.ACCESS, access.conclusions());
        }
        for (PathwayDecision p : pathways) {
            if (p.best().status() == Status.POSSIBLY_ELIGIBLE) {
                collect(missing, p.pathway().name(), p.best().conclusions());
            }
        }
        return new Decision(access, pathways, missing);
    }

    private List<Candidate> candidates(List<CriteriaCatalog.Entry> entries, Map<String, List<Conclusion>> byCriterion) {
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
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (int candidate : candidates) {
            List<Conclusion> criteria = new ArrayList<>(entries.size());
            for (CriteriaCatalog.Entry e : entries) {
                criteria.add(conclusion(byCriterion, e.criterion(), e.perCandidate() ? candidate : -1));
            }
            out.add(new Candidate(candidate, criteria, status(criteria)));
        }
        return out;
    }

    /** The criterion results of the conclusions shown, their reasons worded (only those shown are worded). */
    private List<CriterionResult> results(List<Conclusion> conclusions, Messages words) {
        List<CriterionResult> out = new ArrayList<>(conclusions.size());
        for (Conclusion c : conclusions) {
            out.add(result(c, words));
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
    static Status status(List<Conclusion> criteria) {
        boolean unknown = false;
        for (Conclusion c : criteria) {
            Outcome outcome = c.outcome();
            if (outcome == Outcome.NOT_MET) {
                return Status.NOT_ELIGIBLE;
            }
            unknown |= outcome == Outcome.UNKNOWN;
        }
        return unknown ? Status.POSSIBLY_ELIGIBLE : Status.ELIGIBLE;
    }

    private static void collect(Map<String, Set<String>> scopesByField, String scope, List<Conclusion> criteria) {
        for (Conclusion c : criteria) {
            if (c.outcome() == Outcome.UNKNOWN) {
                for (String field : c.missing()) {
                    scopesByField.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(scope);
                }
            }
        }
    }
}
