package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.facts.PolicyValueKind;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.facts.ReferenceData.PolicyValueRow;
import org.safemobility.eligibility.internal.EngineAccess;
import org.safemobility.eligibility.model.Office;

/**
 * What the generator aims at: every value the reference tables of one or more rule sets list, read
 * from the tables and never from Java, so a table edit (a served nationality added, a window moved, a
 * status added to a list) is generated as soon as the rule set that holds it is aimed at. For two
 * rule sets (the old and the new of a diff) it is the union of both, so the rows either side of the
 * change are reached.
 *
 * <p>Every list is sorted or in table order, never in a hash order, so a seed gives the same
 * applicants on every run. The open ends of effective-dated rows ({@code LocalDate.MIN/MAX}) are
 * not dates anyone is evaluated on and are left out.
 *
 * <p>{@link #none()} aims at nothing: the generator then draws from everything the contract allows,
 * with no table to prefer.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Targets {

    /** Countries no rule set lists are looked for in this order: the first ones that are free. */
    private static final List<String> ISO_COUNTRIES = new TreeSet<>(Arrays.asList(Locale.getISOCountries()))
            .stream().toList();
    private static final int UNLISTED_COUNTRIES = 3;

    private static final Targets NONE = new Targets(List.of());

    private final int ruleSets;
    private final List<LocalDate> dates;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final List<OfficeTargets> offices;
    private final List<String> countries;
    private final List<String> policyCountries;
    private final List<String> unlistedCountries;
    private final List<String> frpNationalities;
    private final List<PolicyValueRow> values;

    /** The tables of one office, over every rule set aimed at. */
    private record OfficeTargets(Office office, List<LocalDate> opens, List<LocalDate> lastDays,
                                 List<LocalDate> arrivalCutoffs, List<String> served) {
    }

    private Targets(List<ReferenceData> rules) {
        this.ruleSets = rules.size();
        TreeSet<LocalDate> allDates = new TreeSet<>();
        TreeSet<String> allCountries = new TreeSet<>();
        TreeSet<String> frp = new TreeSet<>();
        TreeSet<String> listedCountries = new TreeSet<>();
        List<PolicyValueRow> rows = new ArrayList<>();
        for (ReferenceData r : rules) {
            // the dates and countries every table names (as the screen of validate aims at them)
            allDates.addAll(r.namedDates());
            allCountries.addAll(r.namedCountries());
            for (ReferenceData.FrpWindowRow f : r.frpWindowRows()) {
                frp.add(f.nationality());
            }
            for (PolicyValueRow v : r.policyValueRows()) {
                if (v.kind() == PolicyValueKind.COUNTRY) {
                    listedCountries.add((String) v.value());
                }
                rows.add(v);
            }
        }
        this.dates = List.copyOf(allDates);
        this.earliest = allDates.isEmpty() ? null : allDates.first();
        this.latest = allDates.isEmpty() ? null : allDates.last();
        this.countries = List.copyOf(allCountries);
        this.policyCountries = List.copyOf(listedCountries);
        this.frpNationalities = List.copyOf(frp);
        this.values = List.copyOf(rows);
        this.unlistedCountries = ISO_COUNTRIES.stream().filter(c -> !allCountries.contains(c))
                .limit(UNLISTED_COUNTRIES).toList();
        List<OfficeTargets> perOffice = new ArrayList<>();
        for (Office office : Office.values()) {
            TreeSet<LocalDate> opens = new TreeSet<>();
            TreeSet<LocalDate> lastDays = new TreeSet<>();
            TreeSet<LocalDate> cutoffs = new TreeSet<>();
            TreeSet<String> served = new TreeSet<>();
            for (ReferenceData r : rules) {
                r.office(office).ifPresent(o -> {
                    opens.add(o.opens());
                    lastDays.add(o.lastDay());
                    add(cutoffs, o.arrivalCutoff());
                });
                r.servedNationalityRows().stream().filter(s -> s.office() == office)
                        .forEach(s -> served.add(s.nationality()));
            }
            perOffice.add(new OfficeTargets(office, List.copyOf(opens), List.copyOf(lastDays), List.copyOf(cutoffs),
                    List.copyOf(served)));
        }
        this.offices = List.copyOf(perOffice);
    }

    /** Aimed at nothing: no table is known. */
    public static Targets none() {
        return NONE;
    }

    /** Aimed at the reference tables of these rule sets (their union). */
    public static Targets of(Collection<ReferenceData> rules) {
        return new Targets(List.copyOf(rules));
    }

    /** Aimed at the reference tables of the rule sets these engines run. */
    public static Targets of(EligibilityEngine... engines) {
        return of(Arrays.stream(engines).map(e -> EngineAccess.ruleSet(Objects.requireNonNull(e, "engine")).reference())
                .toList());
    }

    /** How many rule sets' tables this aims at; 0 for {@link #none()}. */
    public int ruleSets() {
        return ruleSets;
    }

    // --- dates ------------------------------------------------------------------------------------

    /** Every date any table holds (windows, periods, cut-offs, effective dates), sorted. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** The earliest date of {@link #dates()}, or {@code null} when there is none. */
    public LocalDate earliest() {
        return earliest;
    }

    /** The latest date of {@link #dates()}, or {@code null} when there is none. */
    public LocalDate latest() {
        return latest;
    }

    /** The earliest day any of these offices opens in any rule set, or {@code null} when no table has them. */
    public LocalDate firstOpening(List<Office> offices) {
        return offices.stream().flatMap(o -> office(o).opens().stream()).min(LocalDate::compareTo).orElse(null);
    }

    /** The latest last day of any of these offices in any rule set, or {@code null} when no table has them. */
    public LocalDate lastRegistration(List<Office> offices) {
        return offices.stream().flatMap(o -> office(o).lastDays().stream()).max(LocalDate::compareTo).orElse(null);
    }

    /** The office's arrival cut-offs in every rule set, sorted (none for an office that has none). */
    public List<LocalDate> arrivalCutoffs(Office office) {
        return office(office).arrivalCutoffs();
    }

    /** The office's first days in every rule set, sorted. */
    public List<LocalDate> openings(Office office) {
        return office(office).opens();
    }

    /** Every value of the dates called {@code name} in policy-values.csv, in table order. */
    public List<LocalDate> datesNamed(String name) {
        return named(name, LocalDate.class);
    }

    /** Every value of the numbers called {@code name} in policy-values.csv, in table order. */
    public List<Integer> numbersNamed(String name) {
        return named(name, Integer.class);
    }

    // --- countries --------------------------------------------------------------------------------

    /** Every country any table lists (nationalities, lists, the offices' own countries), sorted. */
    public List<String> countries() {
        return countries;
    }

    /** A few assigned countries that no table lists, sorted: the "anyone else" of every country list. */
    public List<String> unlistedCountries() {
        return unlistedCountries;
    }

    /** The countries of policy-values.csv's country lists (CA-4, CAM, in-country processing, ...), sorted. */
    public List<String> policyCountries() {
        return policyCountries;
    }

    /** The nationalities with a Family Reunification Parole window in any rule set, sorted. */
    public List<String> frpNationalities() {
        return frpNationalities;
    }

    /**
     * The nationalities the office serves in any rule set on any date, sorted; for an office that
     * serves by residence instead (no served rows: Guatemala's CA-4 residents), the countries of
     * the policy's country lists.
     */
    public List<String> officeNationalities(Office office) {
        List<String> served = office(office).served();
        return served.isEmpty() ? policyCountries : served;
    }

    /**
     * Where an applicant of the office is expected to live: the office's own country, and for an
     * office that serves by residence (no served rows) the countries of the policy's country lists too.
     */
    public List<String> hostCountries(Office office) {
        TreeSet<String> out = new TreeSet<>();
        out.add(office.name());
        if (office(office).served().isEmpty()) {
            out.addAll(policyCountries);
        }
        List<String> list = new ArrayList<>(out);
        // the office's own country first: where shrinking ends
        list.remove(office.name());
        list.add(0, office.name());
        return List.copyOf(list);
    }

    // --- enum answers -------------------------------------------------------------------------------

    /** The constants of {@code type} that any list of policy-values.csv names, in declaration order. */
    public <E extends Enum<E>> List<E> listed(Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        for (PolicyValueRow row : values) {
            if (type.isInstance(row.value())) {
                out.add(type.cast(row.value()));
            }
        }
        return List.copyOf(out);
    }

    /** The constants of {@code type} that no list of policy-values.csv names, in declaration order. */
    public <E extends Enum<E>> List<E> unlisted(Class<E> type) {
        EnumSet<E> out = EnumSet.allOf(type);
        out.removeAll(listed(type));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return ruleSets == 0 ? "no rule set" : ruleSets == 1 ? "1 rule set" : ruleSets + " rule sets";
    }

    // --- helpers ----------------------------------------------------------------------------------

    private OfficeTargets office(Office office) {
        return offices.get(office.ordinal());
    }

    private <T> List<T> named(String name, Class<T> type) {
        return values.stream().filter(v -> v.name().equals(name) && type.isInstance(v.value()))
                .map(v -> type.cast(v.value())).distinct().toList();
    }

    private static void add(Set<LocalDate> into, LocalDate... dates) {
        Stream.of(dates).filter(d -> d != null && !d.equals(LocalDate.MIN) && !d.equals(LocalDate.MAX)).forEach(into::add);
    }
}
