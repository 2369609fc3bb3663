/**
 * The fact model the DRL rules are written against: the {@link
 * org.safemobility.eligibility.facts.Screening} of one applicant, three-valued answers and tests
 * ({@link org.safemobility.eligibility.facts.Answer}, {@link org.safemobility.eligibility.facts.Tri}),
 * candidates (petitions, job offers), the {@link org.safemobility.eligibility.facts.Conclusion}s rules
 * insert, and the reference tables.
 *
 * <p>For rule authors. Applications use the {@code org.safemobility.eligibility} package and never
 * need these types.
 */
package org.safemobility.eligibility.facts;
