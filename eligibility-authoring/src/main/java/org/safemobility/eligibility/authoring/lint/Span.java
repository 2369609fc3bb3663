package org.safemobility.eligibility.authoring.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The days a table row is in force, both ends inclusive ({@link LocalDate#MIN} and
 * {@link LocalDate#MAX} stand for an open end), and the line of the row.
 */
record Span(LocalDate from, LocalDate to, int line) {

    /** Days that no span covers, between two rows (or before the first, after the last). */
    record Gap(LocalDate from, LocalDate to, int lineBefore, int lineAfter) {

        /** The row to report the gap at: the one after which it begins, else the one after it. */
        int line() {
            return lineBefore != 0 ? lineBefore : lineAfter;
        }

        @Override
        public String toString() {
            return show(from) + " to " + show(to);
        }
    }

    boolean overlaps(Span other) {
        return !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    @Override
    public String toString() {
        return show(from) + " to " + show(to);
    }

    static String show(LocalDate date) {
        return date.equals(LocalDate.MIN) || date.equals(LocalDate.MAX) ? "(open)" : date.toString();
    }

    /** The days from {@code start} through {@code end} that none of {@code spans} covers. */
    static List<Gap> gaps(List<Span> spans, LocalDate start, LocalDate end) {
        List<Gap> gaps = new ArrayList<>();
        if (start.isAfter(end)) {
            return gaps;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::from).thenComparing(Span::line));
        LocalDate coveredUntil = before(start);
        int lineBefore = 0;
        for (Span s : sorted) {
            if (!coveredUntil.isBefore(end)) {
                break;
            }
            if (s.from().isAfter(after(coveredUntil))) {
                LocalDate gapEnd = s.from().isAfter(end) ? end : before(s.from());
                gaps.add(new Gap(after(coveredUntil), gapEnd, lineBefore, s.from().isAfter(end) ? 0 : s.line()));
                if (s.from().isAfter(end)) {
                    return gaps;
                }
            }
            if (s.to().isAfter(coveredUntil)) {
                coveredUntil = s.to();
                lineBefore = s.line();
            }
        }
        if (coveredUntil.isBefore(end)) {
            gaps.add(new Gap(after(coveredUntil), end, lineBefore, 0));
        }
        return gaps;
    }

    private static LocalDate before(LocalDate d) {
        return d.equals(LocalDate.MIN) ? d : d.minusDays(1);
    }

    private static LocalDate after(LocalDate d) {
        return d.equals(LocalDate.MAX) ? d : d.plusDays(1);
    }
}
