/**
 * The policy invariants' own reading of the screening policy: a three-valued {@link
 * org.safemobility.eligibility.testkit.internal.policy.Truth}, one method per criterion row of
 * sections 2 to 8, the petition and job-offer choice, and the expected report they make; and
 * {@link org.safemobility.eligibility.testkit.internal.policy.RuleSetTables}, the dates and lists of
 * the rule set under test. Written apart from the rules on purpose. Not API.
 */
package org.safemobility.eligibility.testkit.internal.policy;
