package org.safemobility.eligibility.testkit.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * What an applicant generator aims at when it is not aimed at an engine: the reference tables of the
 * bundled rule set when its jar is on the class path (read, not compiled: a fraction of an engine's
 * start-up), else nothing. Read once, when first asked for.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BundledTargets {

    private BundledTargets() {
    }

    /** The bundled rule set's tables, or {@link Targets#none()} when the bundled rules are not on the class path. */
    public static Targets get() {
        return Holder.TARGETS;
    }

    private static final class Holder {
        static final Targets TARGETS = load(BundledTargets.class.getClassLoader());
    }

    private static Targets load(ClassLoader loader) {
        if (loader.getResource(RuleSetFiles.BUNDLED_BASE + RuleSetFiles.MANIFEST) == null) {
            return Targets.none();
        }
        // a bundled rule set that is broken fails here as it fails the engine's build: RuleSetException
        return Targets.of(List.of(ReferenceTables.load(RuleSetFiles.bundled(loader))));
    }
}
