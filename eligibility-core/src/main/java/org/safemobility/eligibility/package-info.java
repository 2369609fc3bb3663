/**
 * The public API: {@link org.safemobility.eligibility.EligibilityEngine}, the outcome and status
 * enums, and the exceptions. The applicant model is in {@code .model}, the report in
 * {@code .report}, JSON reading and writing in {@code .json}.
 *
 * <p>Packages named {@code internal} and {@code facts} are not for applications: the first is the
 * engine's machinery, the second the fact model the rules are written against.
 */
package org.safemobility.eligibility;
