/**
 * Scenario tests of a rule set, for policy analysts: hand-written scenario files, the runner that
 * checks every report against them, and the criterion coverage of the reports. The CLI's
 * {@code eligibility test} command and the bundled rules' own scenario tests run on this package.
 *
 * <ul>
 *   <li>{@link org.safemobility.eligibility.authoring.scenario.ScenarioFiles} reads scenario files
 *       into {@link org.safemobility.eligibility.authoring.scenario.Scenario}s, strictly, listing every
 *       problem with its file, line and JSON pointer;</li>
 *   <li>{@link org.safemobility.eligibility.authoring.scenario.ScenarioRunner} runs them on an engine:
 *       a {@link org.safemobility.eligibility.authoring.scenario.ScenarioResult} each, with the
 *       differences from its {@link org.safemobility.eligibility.authoring.scenario.Expectations};</li>
 *   <li>{@link org.safemobility.eligibility.authoring.scenario.CoverageTable}: for every criterion, in
 *       how many reports it came out MET, NOT_MET and UNKNOWN.</li>
 * </ul>
 *
 * <pre>{@code
 * EligibilityEngine engine = EligibilityEngine.builder().rulesFolder(Path.of("my-rules")).build();
 * ScenarioRun run = ScenarioRunner.of(engine).runAll(ScenarioFiles.read(Path.of("my-scenarios")));
 * System.out.println(run.summary());                  // 41 passed, 1 failed
 * System.out.print(run.coverage().toText());
 * }</pre>
 *
 * <p><b>Stability.</b> The scenario file format and the types here are API; the difference texts
 * and the table's layout are meant for people and may be reworded. The format is described in
 * {@code eligibility-rules/src/test/resources/scenarios/README.md}.
 */
package org.safemobility.eligibility.authoring.scenario;
