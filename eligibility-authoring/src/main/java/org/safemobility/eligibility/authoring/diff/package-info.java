/**
 * The change-impact diff: screens the same applicants under two rule sets and reports who moved
 * between statuses, per scope, and which criteria moved them.
 *
 * <ul>
 *   <li>{@link org.safemobility.eligibility.authoring.diff.ImpactDiff}: configure once, compare a
 *       list, an iterator, or applicants fed one at a time, or a population split into
 *       serializable {@link org.safemobility.eligibility.authoring.diff.ImpactDiff.Slice}s that
 *       merge;</li>
 *   <li>{@link org.safemobility.eligibility.authoring.diff.ImpactReport}: the immutable result,
 *       with a {@link org.safemobility.eligibility.authoring.diff.ScopeImpact} (a matrix of
 *       {@link org.safemobility.eligibility.authoring.diff.Transition}s) per scope and the first
 *       {@link org.safemobility.eligibility.authoring.diff.ChangedApplicant}s.</li>
 * </ul>
 *
 * <p>The command line's {@code eligibility diff} prints these as text or JSON; the JSON is
 * {@link org.safemobility.eligibility.authoring.diff.ImpactJson}'s, for any tool to write alike.
 *
 * <p><b>Stability.</b> Experimental: the types may still change between minor versions.
 */
package org.safemobility.eligibility.authoring.diff;
