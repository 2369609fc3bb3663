package org.safemobility.eligibility.authoring.mutate;

/** One change an operator can make to one file, before it is numbered and placed. */
record Change(MutationOperator operator, int offset, String original, String replacement) {
}
