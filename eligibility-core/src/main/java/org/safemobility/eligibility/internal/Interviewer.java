package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.interview.Question;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * Picks and orders the questions of an interview from a report on the answers so far. The
 * candidates are the report's {@code missingInformation} and the absent answers of every other
 * petition or job offer still POSSIBLY_ELIGIBLE: each stands behind an UNKNOWN criterion of a scope
 * still POSSIBLY_ELIGIBLE, so some answer to it decides that criterion, and the scope can end
 * (docs/policy-readings.md, "The interview"). Declined fields are left out.
 *
 * <p>Order, best first: the number of statuses an answer could end, counting program access as
 * itself and every pathway still open (SMO-ACCESS gates them all); then the number of undecided
 * criteria the field stands behind (more chances of a NOT_MET); then the contract's field order, so
 * that a list comes before its entries and the order never depends on the language.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Interviewer {

    private static final List<String> CONTRACT_ORDER = List.copyOf(Fields.all().keySet());

    private Interviewer() {
    }

    /**
     * @param report   the report on the answers so far
     * @param fields   the fields that can still change a status, with their scopes in report order
     *                 ({@link ReportAssembler#assemble(org.safemobility.eligibility.facts.Screening, List, Messages, Map)})
     * @param declined the fields never to ask again
     */
    public static List<Question> questions(EligibilityReport report, Map<String, Set<String>> fields,
                                           Set<String> declined, Messages words) {
        int openPathways = 0;
        for (PathwayResult p : report.pathways()) {
            if (p.status() == Status.POSSIBLY_ELIGIBLE) {
                openPathways++;
            }
        }
        Map<String, Integer> behind = new HashMap<>();
        count(behind, report.access().criteria());
        for (PathwayResult p : report.pathways()) {
            if (p.status() == Status.POSSIBLY_ELIGIBLE) {
                count(behind, p.criteria());
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<String, Set<String>> m : fields.entrySet()) {
            String path = m.getKey();
            Fields.Field field = Fields.of(path);
            if (field == null || declined.contains(path)) {
                continue;
            }
            List<String> scopes = List.copyOf(m.getValue());
            int ends = 0;
            for (String scope : scopes) {
                ends += scope.equals(CriteriaCatalog.ACCESS) ? 1 + openPathways : 1;
            }
            Question q = new Question(path, words.question(path), field.type(), words.options(field), scopes,
                    field.given());
            ranked.add(new Ranked(q, ends, behind.getOrDefault(path, 0), CONTRACT_ORDER.indexOf(field.path()), path));
        }
        ranked.sort(BEST_FIRST);
        List<Question> out = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            out.add(r.question());
        }
        return out;
    }

    private static void count(Map<String, Integer> behind, List<CriterionResult> criteria) {
        for (CriterionResult c : criteria) {
            if (c.outcome() == Outcome.UNKNOWN) {
                for (String f : c.missing()) {
                    behind.merge(f, 1, Integer::sum);
                }
            }
        }
    }

    private record Ranked(Question question, int ends, int behind, int contractOrder, String path) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt((Ranked r) -> -r.ends())
            .thenComparingInt(r -> -r.behind())
            .thenComparingInt(Ranked::contractOrder)
            .thenComparing(Ranked::path);
}
