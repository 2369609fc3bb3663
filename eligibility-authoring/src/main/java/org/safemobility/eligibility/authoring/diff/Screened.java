package org.safemobility.eligibility.authoring.diff;

import org.safemobility.eligibility.model.Applicant;

/**
 * One applicant after screening under both rule sets: its statuses (access at index 0, then the
 * pathways by ordinal, as {@code Status} ordinals), its change or {@code null}, and the indexes of
 * the changed rows it reaches; or, when a rule set failed on it, the failure's message alone.
 */
record Screened(Applicant applicant, byte[] before, byte[] after, ChangedApplicant change, int[] reached,
                String failure) {

    static Screened failed(String message) {
        return new Screened(null, null, null, null, null, message);
    }
}
