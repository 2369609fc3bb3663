package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.model.Office;

/**
 * The report layout from {@code criteria.csv}: which criteria each scope (ACCESS or a pathway) has,
 * in policy order, for which offices, and which are screened per petition or job offer.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CriteriaCatalog {

    public static final String FILE = "criteria.csv";
    public static final String ACCESS = "ACCESS";

    /** One criterion of a scope. */
    public record Entry(String scope, String criterion, Set<Office> offices, String candidate) {
        public boolean perCandidate() {
            return !candidate.isEmpty();
        }
    }

    private final Map<String, List<Entry>> byScope;
    private final Map<String, Map<Office, List<Entry>>> byScopeAndOffice = new java.util.HashMap<>();

    private CriteriaCatalog(Map<String, List<Entry>> byScope) {
        this.byScope = byScope;
        byScope.forEach((scope, entries) -> {
            Map<Office, List<Entry>> perOffice = new java.util.EnumMap<>(Office.class);
            for (Office office : Office.values()) {
                perOffice.put(office, entries.stream().filter(e -> e.offices().contains(office)).toList());
            }
            byScopeAndOffice.put(scope, perOffice);
        });
    }

    public static CriteriaCatalog load(RuleSetFiles files) {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = ReferenceTables.rows(files, FILE, problems, r -> {
            String scope = r.text("scope");
            if (!scope.equals(ACCESS)) {
                Pathway.valueOf(scope);
            }
            Set<Office> offices = EnumSet.noneOf(Office.class);
            for (String o : r.text("offices").split("\\s+")) {
                offices.add(Office.valueOf(o));
            }
            String candidate = r.optionalText("candidate");
            if (!candidate.isEmpty() && !candidate.equals("petition") && !candidate.equals("offer")) {
                throw new IllegalArgumentException("column 'candidate' must be empty, petition or offer");
            }
            return new Entry(scope, r.text("criterion"), offices, candidate);
        });
        Map<String, List<Entry>> byScope = new LinkedHashMap<>();
        byScope.put(ACCESS, new ArrayList<>());
        for (Pathway p : Pathway.values()) {
            byScope.put(p.name(), new ArrayList<>());
        }
        for (Entry e : entries) {
            byScope.get(e.scope()).add(e);
        }
        byScope.forEach((scope, list) -> {
            if (list.isEmpty()) {
                problems.add(FILE + ":0: empty-scope: no criterion for " + scope);
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        byScope.replaceAll((k, v) -> List.copyOf(v));
        return new CriteriaCatalog(Map.copyOf(byScope));
    }

    /** The criteria of {@code scope} that apply at {@code office}, in report order. */
    public List<Entry> criteria(String scope, Office office) {
        return byScopeAndOffice.get(scope).get(office);
    }

    /**
     * Every criterion ID once, in report order: access first, then the pathways in policy order,
     * each scope's criteria as {@value #FILE} lists them.
     */
    public List<String> criterionIdsInReportOrder() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        byScope.get(ACCESS).forEach(e -> ids.add(e.criterion()));
        for (Pathway p : Pathway.values()) {
            byScope.get(p.name()).forEach(e -> ids.add(e.criterion()));
        }
        return List.copyOf(ids);
    }

    /** Every criterion ID in the catalog. */
    public Set<String> criterionIds() {
        Set<String> ids = new java.util.TreeSet<>();
        byScope.values().forEach(list -> list.forEach(e -> ids.add(e.criterion())));
        return ids;
    }
}
