/**
 * The testkit's machinery: the generator's drafts and profiles, the policy tables the generator
 * reads, the criterion coverage hook, extension and tally, JSON helpers. Not API: public only so the
 * testkit's packages and jqwik can reach it.
 */
package org.safemobility.eligibility.testkit.internal;
