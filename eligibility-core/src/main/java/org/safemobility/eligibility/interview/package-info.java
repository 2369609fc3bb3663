/**
 * The interview: the questions that can still change a status, best first, from
 * {@link org.safemobility.eligibility.EligibilityEngine#questions}. A service asks the first, adds
 * the answer (or records the field as declined) and asks again; when no question is left every
 * status is as final as the answers allow.
 */
package org.safemobility.eligibility.interview;
