package org.safemobility.eligibility.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/** How often each criterion came out each way; a criterion counts once per report and outcome. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CoverageTally {

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Integer> position = new LinkedHashMap<>();
    private final Map<String, long[]> statuses = new LinkedHashMap<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private long reports;

    public synchronized void add(EligibilityReport report) {
        reports++;
        statuses.computeIfAbsent("ACCESS", k -> new long[Status.values().length])[report.access().status().ordinal()]++;
        for (PathwayResult p : report.pathways()) {
            statuses.computeIfAbsent(p.pathway().name(), k -> new long[Status.values().length])[p.status().ordinal()]++;
        }
        Map<String, Set<Outcome>> seen = new LinkedHashMap<>();
        note(seen, 0, report.access().criteria());
        for (PathwayResult p : report.pathways()) {
            note(seen, 100 * (p.pathway().ordinal() + 1), p.criteria());
        }
        seen.forEach((id, outcomes) -> {
            long[] c = counts.computeIfAbsent(id, k -> new long[Outcome.values().length]);
            outcomes.forEach(o -> c[o.ordinal()]++);
        });
    }

    private void note(Map<String, Set<Outcome>> seen, int base, List<CriterionResult> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            CriterionResult c = criteria.get(i);
            seen.computeIfAbsent(c.id(), k -> EnumSet.noneOf(Outcome.class)).add(c.outcome());
            position.merge(c.id(), base + i, Math::min);
        }
    }

    public synchronized void addAll(CoverageTally other, String source) {
        synchronized (other) {
            reports += other.reports;
            other.counts.forEach((id, c) -> {
                long[] mine = counts.computeIfAbsent(id, k -> new long[Outcome.values().length]);
                for (int i = 0; i < c.length; i++) {
                    mine[i] += c[i];
                }
            });
            other.position.forEach((id, p) -> position.merge(id, p, Math::min));
            other.statuses.forEach((scope, c) -> {
                long[] mine = statuses.computeIfAbsent(scope, k -> new long[Status.values().length]);
                for (int i = 0; i < c.length; i++) {
                    mine[i] += c[i];
                }
            });
        }
        sources.add(source);
    }

    public synchronized long reports() {
        return reports;
    }

    public synchronized long count(String criterion, Outcome outcome) {
        long[] c = counts.get(criterion);
        return c == null ? 0 : c[outcome.ordinal()];
    }

    /** Criteria seen but not both MET and NOT_MET, in report order, {@code exempt} left out. */
    public synchronized List<String> gaps(Set<String> exempt) {
        List<String> out = new ArrayList<>();
        for (String id : ordered()) {
            if (!exempt.contains(id) && (count(id, Outcome.MET) == 0 || count(id, Outcome.NOT_MET) == 0)) {
                out.add(id);
            }
        }
        return out;
    }

    private List<String> ordered() {
        List<String> ids = new ArrayList<>(counts.keySet());
        ids.sort(Comparator.comparingInt(position::get));
        return ids;
    }

    public synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Criterion coverage\n\n");
        md.append("How often each criterion came out each way in the ").append(reports)
                .append(" reports screened by ").append(String.join(", ", sources))
                .append(". A criterion counts once per report. *Both ways* means seen MET and NOT_MET.\n\n");
        md.append("| criterion | MET | NOT_MET | UNKNOWN | both ways |\n");
        md.append("|---|---:|---:|---:|:---:|\n");
        for (String id : ordered()) {
            boolean both = count(id, Outcome.MET) > 0 && count(id, Outcome.NOT_MET) > 0;
            md.append("| ").append(id)
                    .append(" | ").append(count(id, Outcome.MET))
                    .append(" | ").append(count(id, Outcome.NOT_MET))
                    .append(" | ").append(count(id, Outcome.UNKNOWN))
                    .append(" | ").append(both ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n| status of | ELIGIBLE | POSSIBLY_ELIGIBLE | NOT_ELIGIBLE |\n");
        md.append("|---|---:|---:|---:|\n");
        statuses.forEach((scope, c) -> md.append("| ").append(scope).append(" | ").append(c[Status.ELIGIBLE.ordinal()])
                .append(" | ").append(c[Status.POSSIBLY_ELIGIBLE.ordinal()]).append(" | ")
                .append(c[Status.NOT_ELIGIBLE.ordinal()]).append(" |\n"));
        List<String> gaps = gaps(Set.of());
        md.append('\n').append(gaps.isEmpty() ? "Every criterion seen was seen both ways.\n"
                : "Not seen both ways: " + String.join(", ", gaps) + ".\n");
        return md.toString();
    }
}
