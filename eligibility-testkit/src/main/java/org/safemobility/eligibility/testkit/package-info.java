/**
 * The testkit: property-based checks for rule sets of the Safe Mobility screening policy, to run
 * against any {@link org.safemobility.eligibility.EligibilityEngine}. Add
 * {@code org.safemobility:eligibility-testkit} with test scope; {@code docs/testing.md} is the guide.
 *
 * <ul>
 *   <li>{@link org.safemobility.eligibility.testkit.Applicants} and
 *       {@link org.safemobility.eligibility.testkit.ApplicantArbitrary}: jqwik generators of valid,
 *       synthetic applicants and their parts, narrowed fluently, shrinking to minimal applicants;</li>
 *   <li>{@link org.safemobility.eligibility.testkit.StockProperties},
 *       {@link org.safemobility.eligibility.testkit.PolicyProperties} and
 *       {@link org.safemobility.eligibility.testkit.DifferentialProperties}: properties a test class
 *       gets by implementing them and naming its engine
 *       ({@link org.safemobility.eligibility.testkit.RulesUnderTest#engine()});</li>
 *   <li>{@link org.safemobility.eligibility.testkit.CriterionCoverage} and
 *       {@link org.safemobility.eligibility.testkit.CoverageRecorder}: the table of criterion
 *       outcomes seen in a test run;</li>
 *   <li>{@link org.safemobility.eligibility.testkit.Counterexample}: how every property fails.</li>
 * </ul>
 *
 * <p><b>Stability.</b> The types of this package are the testkit's API; the properties' names and
 * what they check may grow stricter as the policy is read more closely, which can make a rule set
 * that passed fail. {@code ...testkit.internal} is not API.
 */
package org.safemobility.eligibility.testkit;
