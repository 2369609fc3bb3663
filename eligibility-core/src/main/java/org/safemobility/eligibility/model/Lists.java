package org.safemobility.eligibility.model;

import java.util.List;

/** Copies lists while keeping {@code null} (unknown) apart from empty (known none). */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
