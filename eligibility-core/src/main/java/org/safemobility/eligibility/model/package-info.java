/**
 * The applicant model: immutable records and enums that mirror {@code applicant.schema.json}.
 *
 * <p>{@code null} components mean "unknown"; empty lists mean "known none". Enum constants are
 * spelled exactly as in the JSON contract.
 */
package org.safemobility.eligibility.model;
