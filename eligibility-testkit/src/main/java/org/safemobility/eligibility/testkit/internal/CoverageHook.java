package org.safemobility.eligibility.testkit.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.lifecycle.AroundContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import org.apiguardian.api.API;
import org.safemobility.eligibility.testkit.CriterionCoverage;

/** The jqwik side of {@link CriterionCoverage}: a tally per annotated container class. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CoverageHook implements AroundContainerHook {

    private final Map<Class<?>, CoverageTally> open = new ConcurrentHashMap<>();

    @Override
    public void beforeContainer(ContainerLifecycleContext context) {
        Optional<Class<?>> container = context.optionalContainerClass();
        if (container.isPresent() && settings(context).isPresent()) {
            open.put(container.get(), CoverageRun.open());
        }
    }

    @Override
    public void afterContainer(ContainerLifecycleContext context) {
        Optional<Class<?>> container = context.optionalContainerClass();
        CoverageTally tally = container.map(open::remove).orElse(null);
        if (tally != null) {
            CoverageRun.close(tally, settings(context).orElseThrow(), container.get().getName());
        }
    }

    private static Optional<CriterionCoverage> settings(ContainerLifecycleContext context) {
        return context.findAnnotation(CriterionCoverage.class);
    }
}
