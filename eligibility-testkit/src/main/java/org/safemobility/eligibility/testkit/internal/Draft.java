package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.Office;

/**
 * A generated value that is finished only once the office, the evaluation date and the
 * nationalities are known. Generating drafts instead of values keeps every choice independent of
 * every other, so jqwik can shrink each one on its own (no {@code flatMap}), while the finished
 * value can still be shaped by the office ("lives in the office's country") and the date ("arrived
 * three years before D").
 */
@FunctionalInterface
@API(status = API.Status.INTERNAL, since = "0.1")
public interface Draft<T> {

    T finish(Frame frame);

    /** A draft that ignores the frame. */
    static <T> Draft<T> of(T value) {
        return frame -> value;
    }

    /** Finishes a draft that may be {@code null} (an absent answer). */
    static <T> T finish(Draft<T> draft, Frame frame) {
        return draft == null ? null : draft.finish(frame);
    }

    /**
     * What a draft is finished against.
     *
     * @param office        the applicant's office
     * @param date          the evaluation date D (the applicant's applicationDate)
     * @param nationalities the applicant's nationalities, or {@code null} when unknown or not yet known
     */
    record Frame(Office office, LocalDate date, List<String> nationalities) {

        public Frame withNationalities(List<String> value) {
            return new Frame(office, date, value);
        }
    }
}
