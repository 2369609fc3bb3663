package org.safemobility.eligibility.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.RuleSetException;

/**
 * Screens a rule set that built, before it is accepted: a rule set can compile, cover every
 * criterion and still fail on applicants (a derivation rule gone leaves a criterion undecided for
 * everyone it would have served). {@code eligibility-authoring} provides this service (found with
 * {@link ServiceLoader}, as the {@link RuleCompiler} is) and {@code eligibility validate} calls the
 * same code, so a folder refused by one is refused by the other.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface RuleSetScreen {

    /**
     * What keeps {@code engine}, built from {@code files}, from going live, one line each as
     * {@code file:line: code: message}; empty when nothing does. Never quotes applicant values.
     */
    List<String> problems(EligibilityEngine engine, RuleSetFiles files);

    /**
     * Runs every screen {@code loader} finds on {@code engine}.
     *
     * @throws RuleSetException listing the problems found, or when no screen is on the class path
     */
    static void screen(EligibilityEngine engine, RuleSetFiles files, ClassLoader loader) {
        List<String> problems = new ArrayList<>();
        int screens = 0;
        for (RuleSetScreen screen : ServiceLoader.load(RuleSetScreen.class, loader)) {
            screens++;
            problems.addAll(screen.problems(engine, files));
        }
        if (screens == 0) {
            problems.add(RuleSetFiles.MANIFEST + ":0: no-screen: putting a rules folder to use needs "
                    + "org.safemobility:eligibility-authoring on the class path, which screens it first");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }
}
