package org.safemobility.eligibility.facts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where rules put their conclusions: the global {@code conclusions} of a rule session, one per run,
 * grouped by screening. Conclusions are recorded here rather than inserted as facts because no rule
 * matches on them (SMO-ACCESS reads the access conclusions from here), and inserting some 50 facts per
 * applicant was the largest cost of a run. Used by one session, so by one thread at a time.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Conclusions {

    private final Map<Screening, List<Conclusion>> byScreening;

    /**
     * Conclusions about {@code screenings}, the screenings of one run. Each gets its list up front,
     * so that recording a conclusion is one lookup (IdentityHashMap has no computeIfAbsent of its
     * own: the default one looks up twice).
     */
    public Conclusions(List<Screening> screenings) {
        byScreening = new IdentityHashMap<>(screenings.size());
        for (Screening s : screenings) {
            byScreening.put(s, new ArrayList<>(64));
        }
    }

    /** Records a rule's conclusion. */
    public void add(Conclusion conclusion) {
        List<Conclusion> list = byScreening.get(conclusion.screening());
        if (list == null) { // a screening some rule inserted itself: recorded all the same
            list = new ArrayList<>(64);
            byScreening.put(conclusion.screening(), list);
        }
        list.add(conclusion);
    }

    /** The values of the program-access criteria concluded so far for {@code screening}. */
    public List<Tri> accessValues(Screening screening) {
        List<Tri> out = new ArrayList<>(6);
        for (Conclusion c : of(screening)) {
            if (c.isAccessCriterion()) {
                out.add(c.value());
            }
        }
        return out;
    }

    /** Everything concluded for {@code screening}, in the order the rules fired. */
    public List<Conclusion> of(Screening screening) {
        return byScreening.getOrDefault(screening, List.of());
    }
}
