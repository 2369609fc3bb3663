package org.safemobility.eligibility.authoring.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.safemobility.eligibility.authoring.TableDate;

/**
 * Whether every date of a rule set's reference tables has scenarios on both sides of it: the check
 * that a new or moved date in a table was tested, whatever the table.
 *
 * <p>A table date is a boundary between two days (see {@link TableDate}): for a first day in force
 * X ({@code from}, {@code opens}), between X-1 and X; for a last day or cutoff X (every other
 * column), between X and X+1. The boundary is covered when some scenario is dated on each of its
 * two days: X-1 and X for a first day, X and X+1 for a last day or cutoff. The two days next to
 * the boundary, not days near it: a date off by one day, or a row moved by a day, changes an answer
 * only there (the bundled scenarios meet this for every table date). A scenario's
 * dates are its evaluation date (the applicant's {@code applicationDate}, else the scenario's
 * {@code asOf}) and every date its applicant answers ({@code arrivalDate}, entry dates, ...), since
 * a table date may be compared with either. It is a necessary check, not a proof: it cannot tell
 * which answer a rule compares with the date, nor whether the scenario is at the right office.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateCoverage {

    /** How many other places of one boundary a gap names. */
    private static final int SHOWN = 3;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * A table boundary some side of which no scenario reaches.
     *
     * @param lastDayBefore the last day of the old answer (the boundary lies after it)
     * @param places        the table cells that give this boundary, in file and row order
     * @param before        true when no scenario is dated {@code lastDayBefore}, the last day of the old answer
     * @param after         true when no scenario is dated the day after it, the first day of the new answer
     */
    public record Gap(LocalDate lastDayBefore, List<TableDate> places, boolean before, boolean after) {

        /**
         * Checks that the gap has a place and a side without scenarios, and copies the places.
         *
         * @param lastDayBefore the last day of the old answer (the boundary lies after it)
         * @param places the table cells that give this boundary, in file and row order
         * @param before true when no scenario is dated {@code lastDayBefore}, the last day of the old answer
         * @param after true when no scenario is dated the day after it, the first day of the new answer
         * @throws IllegalArgumentException when there is no place, or neither side lacks a scenario
         */
        public Gap {
            Objects.requireNonNull(lastDayBefore, "lastDayBefore");
            places = List.copyOf(places);
            if (places.isEmpty() || !(before || after)) {
                throw new IllegalArgumentException("a gap has a place and a side without scenarios");
            }
        }

        /**
         * One line: where, which boundary, and which days lack a scenario, such as
         * {@code reference/offices.csv:2: lastDay 2025-01-26: no scenario dated 2025-01-27 (the day after);
         * the same boundary at reference/offices.csv:3 lastDay, reference/offices.csv:4 opens 2025-01-27}.
         */
        @Override
        public String toString() {
            TableDate first = places.get(0);
            List<String> sides = new ArrayList<>();
            List<String> days = new ArrayList<>();
            if (before) {
                days.add(lastDayBefore + (first.starts() ? " (the day before)" : " (the day itself)"));
            }
            if (after) {
                days.add(lastDayBefore.plusDays(1) + (first.starts() ? " (the day itself)" : " (the day after)"));
            }
            StringBuilder text = new StringBuilder(first + ": no scenario dated " + String.join(" or ", days));
            if (places.size() > 1) {
                text.append("; the same boundary at ");
                // a few places, enough to recognise the boundary; an H-2 period has dozens
                int shown = Math.min(places.size(), 1 + SHOWN);
                text.append(String.join(", ", places.subList(1, shown).stream()
                        .map(p -> p.file() + ":" + p.line() + " " + p.column()
                                + (p.date().equals(first.date()) ? "" : " " + p.date()))
                        .toList()));
                if (places.size() > shown) {
                    text.append(" and ").append(places.size() - shown).append(" more");
                }
            }
            return text.toString();
        }
    }

    private final List<Gap> gaps;
    private final int boundaries;

    private DateCoverage(List<Gap> gaps, int boundaries) {
        this.gaps = List.copyOf(gaps);
        this.boundaries = boundaries;
    }

    /**
     * The coverage of the boundaries of {@code dates} by the dates of {@code scenarios}.
     *
     * @param dates the dates of the rule set's reference tables ({@link
     *              org.safemobility.eligibility.authoring.RuleLinter#tableDates})
     * @param scenarios the scenarios
     * @return the boundaries and the gaps among them
     */
    public static DateCoverage of(Collection<TableDate> dates, Collection<Scenario> scenarios) {
        Set<LocalDate> days = new HashSet<>();
        for (Scenario s : scenarios) {
            days.addAll(dates(s));
        }
        Map<LocalDate, List<TableDate>> boundaries = new LinkedHashMap<>();
        for (TableDate d : dates) {
            boundaries.computeIfAbsent(d.lastDayBefore(), k -> new ArrayList<>()).add(d);
        }
        List<Gap> gaps = new ArrayList<>();
        boundaries.forEach((last, places) -> {
            boolean noneBefore = !days.contains(last);
            boolean noneAfter = !days.contains(last.plusDays(1));
            if (noneBefore || noneAfter) {
                gaps.add(new Gap(last, places, noneBefore, noneAfter));
            }
        });
        return new DateCoverage(gaps, boundaries.size());
    }

    /** The scenario's evaluation date and every date its applicant answers. */
    static List<LocalDate> dates(Scenario scenario) {
        List<LocalDate> out = new ArrayList<>();
        JsonNode applicant = scenario.applicant();
        if (!applicant.hasNonNull("applicationDate") && scenario.asOf() != null) {
            out.add(scenario.asOf());
        }
        collect(applicant, out);
        return out;
    }

    private static void collect(JsonNode node, List<LocalDate> out) {
        if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
            try {
                out.add(LocalDate.parse(node.textValue()));
            } catch (DateTimeParseException e) {
                // not a day of the calendar; the applicant contract rejects it
            }
        }
        for (JsonNode child : node) {
            collect(child, out);
        }
    }

    /**
     * The boundaries not covered on both sides, in the order of their first table cell.
     *
     * @return the gaps; empty when every boundary has a scenario on each side
     */
    public List<Gap> gaps() {
        return gaps;
    }

    /**
     * How many distinct boundaries the table dates give.
     *
     * @return the number of boundaries, each counted once however many cells give it
     */
    public int boundaries() {
        return boundaries;
    }
}
