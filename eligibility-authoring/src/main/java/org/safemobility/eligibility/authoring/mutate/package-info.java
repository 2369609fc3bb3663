/**
 * Mutation testing of rule tests: how many small, deliberate bugs in a rule set its tests catch.
 *
 * <ul>
 *   <li>{@link org.safemobility.eligibility.authoring.mutate.MutationTesting}: makes the mutants of a
 *       rules folder (or of the bundled rules), builds an engine from each and lets a
 *       {@link org.safemobility.eligibility.authoring.mutate.Judge} test it;</li>
 *   <li>{@link org.safemobility.eligibility.authoring.mutate.MutationOperator}: the operators, on
 *       the DRL (and/or, not, true/false, date and number comparisons, boundaries, literals, list
 *       arguments) and on the reference tables (a row dropped, a date or a number moved by one);</li>
 *   <li>{@link org.safemobility.eligibility.authoring.mutate.ScenarioJudge}: the scenario files as
 *       judge; the testkit's {@code PropertyJudge} judges with jqwik property classes;</li>
 *   <li>{@link org.safemobility.eligibility.authoring.mutate.MutationReport}: the score (killed /
 *       compiling), counts by operator and the survivors, as text or JSON.</li>
 * </ul>
 *
 * <p>The command line's {@code eligibility mutate} runs it with the scenario files.
 *
 * <p><b>Stability.</b> Experimental: the types may still change between minor versions.
 */
package org.safemobility.eligibility.authoring.mutate;
