package org.safemobility.eligibility.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safemobility.eligibility.testkit.internal.CoverageExtension;
import org.safemobility.eligibility.testkit.internal.CoverageHook;

/**
 * Counts, while the annotated test class runs, how often every criterion came out MET, NOT_MET
 * and UNKNOWN in the reports its tests screened, and writes the table to {@link #output()}.
 * Works on jqwik property classes (a jqwik lifecycle hook) and on JUnit Jupiter test classes (an
 * extension); reports are counted when they pass through {@link RulesUnderTest#screen} or
 * {@link CoverageRecorder#record}.
 *
 * <pre>{@code
 * @CriterionCoverage(failOnGaps = true)
 * class MyRulesProperties implements StockProperties, PolicyProperties { ... }
 * }</pre>
 *
 * <p>The file covers the whole test run: every annotated class that has finished in this JVM adds
 * its counts, and the file is rewritten after each. {@link #failOnGaps()} checks only the
 * annotated class's own counts. A criterion counts once per report, even where it appears in
 * several pathways ({@code SMO-ACCESS}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AddLifecycleHook(CoverageHook.class)
@ExtendWith(CoverageExtension.class)
public @interface CriterionCoverage {

    /**
     * Where the Markdown table goes, relative to the working directory (Maven: the module).
     *
     * @return the path of the Markdown file
     */
    String output() default "target/criterion-coverage.md";

    /**
     * Fail the class when a criterion seen in its reports was not seen both MET and NOT_MET
     * (criteria in {@link #exempt()} excepted). A criterion never seen at all cannot be told
     * apart from one your rules do not have, so it is not a gap.
     *
     * @return true to fail the class on a gap
     */
    boolean failOnGaps() default false;

    /**
     * Criterion IDs that need not be seen both ways (for example when the applicants are narrowed to one date).
     *
     * @return the exempt criterion IDs
     */
    String[] exempt() default {};
}
