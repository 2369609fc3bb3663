package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Effective-dated values, answering "which values are in force on D?" in O(log rows) with no
 * allocation after the first query of each period. The rows' start and end dates cut time into
 * intervals; the set in force is the same throughout an interval, so it is computed once (lazily,
 * so growing tables cost memory only for the intervals that dates fall into). Thread-safe.
 */
final class Timeline {

    /** One value in force from {@code from} through {@code to}, both inclusive. */
    record Entry(String value, LocalDate from, LocalDate to) {
    }

    private static final SortedSet<String> NONE = Collections.unmodifiableSortedSet(new TreeSet<>());

    private final List<Entry> entries;
    private final LocalDate[] starts;
    private final AtomicReferenceArray<SortedSet<String>> sets;

    Timeline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (Entry e : entries) {
            cuts.add(e.from());
            if (!e.to().equals(LocalDate.MAX)) {
                cuts.add(e.to().plusDays(1));
            }
        }
        this.starts = cuts.toArray(new LocalDate[0]);
        this.sets = new AtomicReferenceArray<>(starts.length);
    }

    /** The values in force on {@code date}, sorted; empty when none. */
    SortedSet<String> on(LocalDate date) {
        int i = Arrays.binarySearch(starts, date);
        int interval = i >= 0 ? i : -i - 2;
        if (interval < 0) {
            return NONE;
        }
        SortedSet<String> set = sets.get(interval);
        if (set == null) {
            LocalDate start = starts[interval];
            TreeSet<String> values = new TreeSet<>();
            for (Entry e : entries) {
                if (!start.isBefore(e.from()) && !start.isAfter(e.to())) {
                    values.add(e.value());
                }
            }
            set = values.isEmpty() ? NONE : Collections.unmodifiableSortedSet(values);
            sets.compareAndSet(interval, null, set);
        }
        return set;
    }
}
