package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.model.Office;

/**
 * The effective-dated reference tables the rules read, available to every rule as the global
 * {@code refs}: the offices, served nationalities, FRP windows and H-2 lists (policy sections 2, 4
 * and 9), the programs' windows, and every other date, number and list of values the policy names
 * ({@code policy-values.csv}). Immutable and shared by all evaluations; the testkit's generator and
 * the analysts' tools read the same object, so they follow the rule set under test.
 *
 * <p>Every lookup takes the evaluation date: a row counts on D when {@code from <= D <= to}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReferenceData {

    /** An office and the dates it registered applications (both inclusive). */
    public record OfficeRow(Office office, LocalDate opens, LocalDate lastDay, LocalDate arrivalCutoff, String citation) {
        public OfficeRow {
            Objects.requireNonNull(office, "office");
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(lastDay, "lastDay");
        }
    }

    /** A nationality an office serves, from {@code from} through {@code to}. */
    public record ServedNationalityRow(Office office, String nationality, LocalDate from, LocalDate to, String citation) {
    }

    /** The Family Reunification Parole process window of one principal nationality. */
    public record FrpWindowRow(String nationality, LocalDate opens, LocalDate lastDay, String citation) {
    }

    /** A period during which an H-2A or H-2B eligible-countries list is in force. */
    public record H2PeriodRow(String program, LocalDate from, LocalDate to, String citation) {
    }

    /** A country on the H-2A or H-2B list from {@code from} through {@code to}. */
    public record H2CountryRow(String program, String country, LocalDate from, LocalDate to, String citation) {
    }

    /**
     * The days a program takes cases (both inclusive): refugee admissions until their suspension,
     * the CAM program's window. {@code opens} is {@link LocalDate#MIN} when the policy names no start.
     */
    public record ProgramWindowRow(Pathway program, LocalDate opens, LocalDate lastDay, String citation) {
        public ProgramWindowRow {
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(lastDay, "lastDay");
        }
    }

    /**
     * One row of {@code reference/policy-values.csv}: a date, a number or one value of a named
     * list that the policy names, in force from {@code from} through {@code to}
     * ({@link LocalDate#MIN}/{@link LocalDate#MAX} when open). Rows with the same name make a list.
     *
     * @param value a {@code LocalDate}, an {@code Integer}, a country code or a model enum constant, as {@code kind} says
     */
    public record PolicyValueRow(String name, PolicyValueKind kind, Object value, LocalDate from, LocalDate to,
                                 String citation) {
        public PolicyValueRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!kind.type().isInstance(value)) {
                throw new IllegalArgumentException("value is not a " + kind.label());
            }
        }
    }

    private final Map<Office, OfficeRow> offices;
    private final List<ServedNationalityRow> served;
    private final List<FrpWindowRow> frpWindows;
    private final Set<String> frpNationalities;
    private final List<H2PeriodRow> h2Periods;
    private final List<H2CountryRow> h2Countries;
    private final Map<String, ProgramWindowRow> programWindows;
    private final List<PolicyValueRow> policyValueRows;
    private final PolicyValues policyValues;
    // Indexes by date, so a lookup costs the same however many rows the tables grow to.
    private final Map<Office, Timeline> servedByOffice;
    private final Timeline frpOpen;
    private final Map<String, Timeline> h2ListsByProgram;
    private final Map<String, Timeline> h2CountriesByProgram;

    public ReferenceData(
            List<OfficeRow> offices,
            List<ServedNationalityRow> served,
            List<FrpWindowRow> frpWindows,
            List<H2PeriodRow> h2Periods,
            List<H2CountryRow> h2Countries,
            List<ProgramWindowRow> programWindows,
            List<PolicyValueRow> policyValues) {
        this.offices = offices.stream().collect(Collectors.toUnmodifiableMap(OfficeRow::office, Function.identity()));
        this.served = List.copyOf(served);
        this.frpWindows = List.copyOf(frpWindows);
        this.frpNationalities = Collections.unmodifiableSortedSet(frpWindows.stream().map(FrpWindowRow::nationality)
                .collect(Collectors.toCollection(TreeSet::new)));
        this.h2Periods = List.copyOf(h2Periods);
        this.h2Countries = List.copyOf(h2Countries);
        this.programWindows = programWindows.stream()
                .collect(Collectors.toUnmodifiableMap(r -> r.program().name(), Function.identity()));
        this.policyValueRows = List.copyOf(policyValues);
        this.policyValues = new PolicyValues(this.policyValueRows);
        this.servedByOffice = new EnumMap<>(Office.class);
        for (Office office : Office.values()) {
            servedByOffice.put(office, new Timeline(served.stream().filter(r -> r.office() == office)
                    .map(r -> new Timeline.Entry(r.nationality(), r.from(), r.to())).toList()));
        }
        this.frpOpen = new Timeline(frpWindows.stream()
                .map(r -> new Timeline.Entry(r.nationality(), r.opens(), r.lastDay())).toList());
        this.h2ListsByProgram = Map.of(
                "H2A", new Timeline(periods(h2Periods, "H2A")), "H2B", new Timeline(periods(h2Periods, "H2B")));
        this.h2CountriesByProgram = Map.of(
                "H2A", new Timeline(countries(h2Countries, "H2A")), "H2B", new Timeline(countries(h2Countries, "H2B")));
    }

    private static List<Timeline.Entry> periods(List<H2PeriodRow> rows, String program) {
        return rows.stream().filter(r -> r.program().equals(program))
                .map(r -> new Timeline.Entry(program, r.from(), r.to())).toList();
    }

    private static List<Timeline.Entry> countries(List<H2CountryRow> rows, String program) {
        return rows.stream().filter(r -> r.program().equals(program))
                .map(r -> new Timeline.Entry(r.country(), r.from(), r.to())).toList();
    }

    /** The office's registration window, if the table has the office. */
    public Optional<OfficeRow> office(Office office) {
        return Optional.ofNullable(offices.get(office));
    }

    /** Whether the office registers applications on {@code date}. */
    public boolean officeOpen(Office office, LocalDate date) {
        OfficeRow row = offices.get(office);
        return row != null && !date.isBefore(row.opens()) && !date.isAfter(row.lastDay());
    }

    /** The office's arrival cutoff, or {@code null} when it has none. */
    public LocalDate arrivalCutoff(Office office) {
        OfficeRow row = offices.get(office);
        return row == null ? null : row.arrivalCutoff();
    }

    /** Nationalities the office serves on {@code date}, sorted. */
    public Set<String> servedNationalities(Office office, LocalDate date) {
        return servedByOffice.get(office).on(date);
    }

    /** Principal nationalities that have a Family Reunification Parole process at all, sorted. */
    public Set<String> frpNationalities() {
        return frpNationalities;
    }

    /** Principal nationalities whose Family Reunification Parole window contains {@code date}, sorted. */
    public Set<String> frpOpenNationalities(LocalDate date) {
        return frpOpen.on(date);
    }

    /** Whether an eligible-countries list of {@code program} (H2A or H2B) is in force on {@code date}. */
    public boolean h2ListInForce(String program, LocalDate date) {
        Timeline t = h2ListsByProgram.get(program);
        return t != null && !t.on(date).isEmpty();
    }

    /** Countries on the {@code program} list in force on {@code date}, sorted. */
    public Set<String> h2Countries(String program, LocalDate date) {
        Timeline t = h2CountriesByProgram.get(program);
        return t == null ? Set.of() : t.on(date);
    }

    /**
     * Whether {@code program} (a pathway's name) takes cases on {@code date}: a row of
     * program-windows.csv holds it.
     */
    public boolean programOpen(String program, LocalDate date) {
        ProgramWindowRow row = programWindows.get(program);
        return row != null && !date.isBefore(row.opens()) && !date.isAfter(row.lastDay());
    }

    /**
     * The window of {@code program} in program-windows.csv, for reasons that name its dates.
     *
     * @throws IllegalStateException when the table has no row for it
     */
    public ProgramWindowRow programWindow(String program) {
        ProgramWindowRow row = programWindows.get(program);
        if (row == null) {
            throw new IllegalStateException("reference/program-windows.csv has no row for " + program);
        }
        return row;
    }

    /**
     * The date named {@code name} in policy-values.csv, as in force on {@code date}.
     *
     * @throws IllegalStateException when there is no such date, or not exactly one row of it in force
     */
    public LocalDate date(String name, LocalDate date) {
        return (LocalDate) policyValues.single(name, date, PolicyValueKind.DATE);
    }

    /**
     * The whole number named {@code name} in policy-values.csv, as in force on {@code date}.
     *
     * @throws IllegalStateException when there is no such number, or not exactly one row of it in force
     */
    public int number(String name, LocalDate date) {
        return (Integer) policyValues.single(name, date, PolicyValueKind.NUMBER);
    }

    /**
     * The list named {@code name} in policy-values.csv, as in force on {@code date} (empty when
     * none of its rows is). The element type is the list's kind; comparing it with an answer of
     * another type fails loudly.
     *
     * @throws IllegalStateException when there is no such list
     */
    @SuppressWarnings("unchecked")
    public <T> ValueList<T> list(String name, LocalDate date) {
        return (ValueList<T>) policyValues.on(name, date, null);
    }

    public List<ProgramWindowRow> programWindowRows() {
        return List.copyOf(programWindows.values());
    }

    public List<PolicyValueRow> policyValueRows() {
        return policyValueRows;
    }

    public List<OfficeRow> officeRows() {
        return List.copyOf(offices.values());
    }

    public List<ServedNationalityRow> servedNationalityRows() {
        return served;
    }

    public List<FrpWindowRow> frpWindowRows() {
        return frpWindows;
    }

    public List<H2PeriodRow> h2PeriodRows() {
        return h2Periods;
    }

    public List<H2CountryRow> h2CountryRows() {
        return h2Countries;
    }

    /**
     * Every date the tables name: each window's first and last day, each arrival cutoff, each row's
     * dates in force, and each policy value that is a date; open ends left out. The dates a
     * population aimed at these tables lands on and around (the testkit's generator, the screen of
     * {@code validate} and {@code reload}).
     */
    public TreeSet<LocalDate> namedDates() {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (OfficeRow o : officeRows()) {
            named(out, o.opens(), o.lastDay(), o.arrivalCutoff());
        }
        served.forEach(r -> named(out, r.from(), r.to()));
        frpWindows.forEach(r -> named(out, r.opens(), r.lastDay()));
        h2Periods.forEach(r -> named(out, r.from(), r.to()));
        h2Countries.forEach(r -> named(out, r.from(), r.to()));
        programWindows.values().forEach(r -> named(out, r.opens(), r.lastDay()));
        for (PolicyValueRow v : policyValueRows) {
            named(out, v.from(), v.to());
            if (v.value() instanceof LocalDate date) {
                named(out, date);
            }
        }
        return out;
    }

    /**
     * Every country the tables list: the offices' countries, served nationalities, FRP
     * nationalities, H-2 countries, and each policy value of kind country.
     */
    public TreeSet<String> namedCountries() {
        TreeSet<String> out = new TreeSet<>();
        officeRows().forEach(o -> out.add(o.office().name()));
        served.forEach(r -> out.add(r.nationality()));
        frpWindows.forEach(r -> out.add(r.nationality()));
        h2Countries.forEach(r -> out.add(r.country()));
        for (PolicyValueRow v : policyValueRows) {
            if (v.kind() == PolicyValueKind.COUNTRY) {
                out.add((String) v.value());
            }
        }
        return out;
    }

    private static void named(TreeSet<LocalDate> into, LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null && !date.equals(LocalDate.MIN) && !date.equals(LocalDate.MAX)) {
                into.add(date);
            }
        }
    }
}
