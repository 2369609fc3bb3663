package org.safemobility.eligibility.reliability;

import org.safemobility.eligibility.model.Applicant;

/**
 * Called by the test-only rules in {@code tripwire.drl}: each fails, for applicants whose id asks
 * for it, with a message that quotes applicant values, as careless rule code would.
 */
public final class Tripwire {

    private Tripwire() {
    }

    /** A consequence that throws for ids starting {@code trip-}. */
    public static void consequence(Applicant a) {
        if (a.id().startsWith("trip-")) {
            throw new IllegalStateException("cannot screen " + a.id() + " born " + a.dateOfBirth()
                    + " of " + a.nationalities());
        }
    }

    /** A constraint that throws for ids starting {@code constraint-}. */
    public static boolean constraint(Applicant a) {
        if (a.id().startsWith("constraint-")) {
            throw new NumberFormatException("For input string: \"" + a.id() + " " + a.dateOfBirth() + "\"");
        }
        return false;
    }

    /** A consequence that recurses without end for ids starting {@code recurse-}. */
    public static int recurse(Applicant a, int depth) {
        return a.id().startsWith("recurse-") ? recurse(a, depth + 1) + 1 : depth;
    }
}
