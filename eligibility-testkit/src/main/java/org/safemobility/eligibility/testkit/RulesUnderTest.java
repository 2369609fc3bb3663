package org.safemobility.eligibility.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * The engine whose rules the testkit's properties check, and the applicants they are checked
 * with. You implement {@link #engine()}; {@link StockProperties}, {@link PolicyProperties} and
 * {@link DifferentialProperties} extend this interface and bring the properties.
 *
 * <pre>{@code
 * class MyRulesProperties implements StockProperties, PolicyProperties {
 *     private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();
 *
 *     public EligibilityEngine engine() {
 *         return ENGINE;
 *     }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> jqwik creates a new instance of the implementing class for every property,
 * and {@link #engine()} is called for every try: return an engine built once and kept in a
 * {@code static} field (engines are immutable and thread-safe), not a new one each time.
 *
 * <p><b>Narrowing.</b> Override {@link #applicants()} to check the properties over other
 * applicants, for example only the offices your rules change: {@code return
 * Applicants.applicants().offices(Office.CR);}. {@link #completeApplicants()} follows it when it
 * returns an {@link ApplicantArbitrary}.
 *
 * <p><b>Aim.</b> The properties' applicants are aimed at the reference tables of {@link #engine()}
 * (and, for {@link DifferentialProperties}, of {@code reference()} too): an
 * {@link ApplicantArbitrary} that {@link #applicants()} returns without an
 * {@link ApplicantArbitrary#aimedAt aim} of its own is aimed at them, so the properties reach
 * every value and date of the rules under test, whatever their tables say.
 *
 * <p><b>Tries.</b> The properties set no number of tries; jqwik's default (1000, or
 * {@code jqwik.tries.default} in {@code junit-platform.properties}) applies, and
 * {@code @PropertyDefaults(tries = 200)} on your class changes it for that class.
 */
public interface RulesUnderTest {

    /**
     * The engine under test. Called for every try: return a shared instance.
     *
     * @return the engine whose rules the properties check
     */
    EligibilityEngine engine();

    /**
     * The applicants the properties are checked with; by default {@link Applicants#applicants()}.
     *
     * @return the applicants to check the properties with; override to narrow them
     */
    default Arbitrary<Applicant> applicants() {
        return Applicants.applicants();
    }

    /**
     * Applicants with every answer given, for the completeness property: {@code applicants()} made
     * {@link ApplicantArbitrary#complete() complete} when it is an {@link ApplicantArbitrary},
     * otherwise {@code Applicants.applicants().complete()}.
     *
     * @return applicants with every answer given
     */
    default Arbitrary<Applicant> completeApplicants() {
        return applicants() instanceof ApplicantArbitrary narrowed ? narrowed.complete() : Applicants.applicants().complete();
    }

    /**
     * Screens one applicant with {@link #engine()} and records the report for
     * {@link CriterionCoverage}. Every property screens through here, so overriding it adds a
     * check to every report the properties see (a schema check, say); call
     * {@code RulesUnderTest.super.screen(applicant)} to keep the recording.
     *
     * @param applicant the applicant to screen
     * @return its report from {@link #engine()}
     */
    default EligibilityReport screen(Applicant applicant) {
        EligibilityReport report = engine().evaluate(applicant);
        CoverageRecorder.record(report);
        return report;
    }

    /**
     * The provider the properties name: {@link #applicants()}, aimed at the engines' tables unless
     * it is aimed already (see the class comment). Do not override.
     *
     * @return the applicants, aimed at the rules under test
     */
    @Provide
    default Arbitrary<Applicant> testkitApplicants() {
        return aimedAtTheRules(applicants());
    }

    /**
     * The provider the completeness property names: {@link #completeApplicants()}, aimed like
     * {@link #testkitApplicants()}. Do not override.
     *
     * @return the complete applicants, aimed at the rules under test
     */
    @Provide
    default Arbitrary<Applicant> testkitCompleteApplicants() {
        return aimedAtTheRules(completeApplicants());
    }

    private Arbitrary<Applicant> aimedAtTheRules(Arbitrary<Applicant> applicants) {
        if (!(applicants instanceof ApplicantArbitrary generated) || generated.isAimed()) {
            return applicants;
        }
        return this instanceof DifferentialProperties differential
                ? generated.aimedAt(engine(), differential.reference())
                : generated.aimedAt(engine());
    }
}
