package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.internal.TestEngines;

/**
 * What the knowledge base of an engine says about its sessions. Sessions come from a pool and go
 * back to it, reset, when disposed; a session never disposed would keep its facts (the screenings
 * inserted into it) and make the pool create another for the next caller.
 */
final class Sessions {

    private Sessions() {
    }

    static Collection<? extends KieSession> of(EligibilityEngine engine) {
        return TestEngines.sessions(engine);
    }

    /**
     * No session holds a fact or a run's globals (so none is in use or was left undisposed), and
     * there are at most {@code bound} of them.
     */
    static int assertAllIdle(EligibilityEngine engine, int bound) {
        Collection<? extends KieSession> sessions = of(engine);
        assertTrue(sessions.size() <= bound, sessions.size() + " sessions, more than " + bound);
        List<String> busy = new ArrayList<>();
        for (KieSession s : sessions) {
            if (s.getFactCount() != 0) {
                busy.add("a session holds " + s.getFactCount() + " facts");
            }
            if (s.getGlobal("conclusions") != null) {
                busy.add("a session still holds a run's conclusions");
            }
        }
        assertEquals(List.of(), busy);
        return sessions.size();
    }
}
