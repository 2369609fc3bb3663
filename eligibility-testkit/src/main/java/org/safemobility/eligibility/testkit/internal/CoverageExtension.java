package org.safemobility.eligibility.testkit.internal;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.safemobility.eligibility.testkit.CriterionCoverage;

/** The JUnit Jupiter side of {@link CriterionCoverage}: a tally per annotated test class. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CoverageExtension implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CoverageExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(context.getRequiredTestClass(), CoverageRun.open());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        CoverageTally tally = context.getStore(NAMESPACE).remove(testClass, CoverageTally.class);
        CriterionCoverage settings = AnnotationSupport.findAnnotation(testClass, CriterionCoverage.class).orElse(null);
        if (tally != null && settings != null) {
            CoverageRun.close(tally, settings, testClass.getName());
        }
    }
}
