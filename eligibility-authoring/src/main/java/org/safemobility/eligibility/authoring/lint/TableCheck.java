package org.safemobility.eligibility.authoring.lint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.facts.PolicyValueKind;
import org.safemobility.eligibility.internal.Countries;
import org.safemobility.eligibility.internal.CriteriaCatalog;
import org.safemobility.eligibility.internal.ReferenceTables;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.model.Office;

/**
 * The checks of {@code criteria.csv} and the reference tables (policy section 9): each row on its
 * own (values, dates, codes, citation), rows of one key against each other (overlaps), and the
 * tables against what the policy needs from them (gaps).
 */
final class TableCheck {

    // the engine's own names for its tables, so the linter checks the files the engine reads
    static final String CRITERIA = CriteriaCatalog.FILE;
    static final String OFFICES = ReferenceTables.OFFICES;
    static final String SERVED = ReferenceTables.SERVED;
    static final String FRP = ReferenceTables.FRP;
    static final String H2_PERIODS = ReferenceTables.H2_PERIODS;
    static final String H2_COUNTRIES = ReferenceTables.H2_COUNTRIES;
    static final String PROGRAM_WINDOWS = ReferenceTables.PROGRAM_WINDOWS;
    static final String POLICY_VALUES = ReferenceTables.POLICY_VALUES;

    /** The tables every rule set has, with the columns each needs. */
    static final Map<String, List<String>> TABLES = tables();

    private static final String ACC_NATIONALITY = "ACC-NATIONALITY";
    private static final String ACC_ARRIVAL_CUTOFF = "ACC-ARRIVAL-CUTOFF";

    private record OfficeRow(Office office, LocalDate opens, LocalDate lastDay, boolean hasCutoff, int line) {
    }

    private record Keyed(String key, Span span) {
    }

    private final RuleSetFiles files;
    private final Collection<Problem> out;

    /** First line of each criterion ID in criteria.csv; {@code null} when the file could not be read. */
    private Map<String, Integer> criteria;
    /** What the DRL may read from the tables by name, for {@link ReferenceCallCheck}. */
    private final ReferenceNames names = new ReferenceNames();
    private final Map<String, Set<Office>> criterionOffices = new HashMap<>();
    private final Map<Office, OfficeRow> offices = new EnumMap<>(Office.class);

    private TableCheck(RuleSetFiles files, Collection<Problem> out) {
        this.files = files;
        this.out = out;
    }

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put(CRITERIA, List.of("scope", "criterion", "offices"));
        t.put(OFFICES, List.of("office", "opens", "lastDay", "arrivalCutoff", "citation"));
        t.put(SERVED, List.of("office", "nationality", "from", "to", "citation"));
        t.put(FRP, List.of("nationality", "opens", "lastDay", "citation"));
        t.put(H2_PERIODS, List.of("program", "from", "to", "citation"));
        t.put(H2_COUNTRIES, List.of("program", "country", "from", "to", "citation"));
        t.put(PROGRAM_WINDOWS, List.of("program", "opens", "lastDay", "citation"));
        t.put(POLICY_VALUES, List.of("name", "kind", "value", "from", "to", "citation"));
        return Map.copyOf(t);
    }

    /**
     * Checks the tables of {@code files}, adding each problem to {@code out}.
     *
     * @return the first line of each criterion ID of criteria.csv, or {@code null} when it is unreadable
     */
    static Map<String, Integer> check(RuleSetFiles files, Collection<Problem> out) {
        return check(files, out, new ReferenceNames());
    }

    /** As {@link #check(RuleSetFiles, Collection)}, recording in {@code names} what the tables define by name. */
    static Map<String, Integer> check(RuleSetFiles files, Collection<Problem> out, ReferenceNames names) {
        TableCheck check = new TableCheck(files, out);
        check.run();
        names.addAll(check.names);
        return check.criteria;
    }

    private void run() {
        criteria(table(CRITERIA));
        offices(table(OFFICES));
        served(table(SERVED));
        frpWindows(table(FRP));
        Map<String, List<Span>> periods = h2Periods(table(H2_PERIODS));
        h2Countries(table(H2_COUNTRIES), periods);
        programWindows(table(PROGRAM_WINDOWS));
        policyValues(table(POLICY_VALUES));
    }

    /** The table, or {@code null} (with its problem reported) when it is missing, unreadable or lacks a column. */
    private Csv.Table table(String file) {
        if (!files.files().contains(file)) {
            out.add(new Problem(file, 0, Codes.MISSING_FILE, "the rule set needs this table; name it in ruleset.manifest"));
            return null;
        }
        Csv.Table table = Csv.read(file, files.read(file), out);
        if (table == null) {
            return null;
        }
        List<String> missing = TABLES.get(file).stream().filter(c -> !table.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            out.add(new Problem(file, 1, Codes.BAD_HEADER, "no column " + String.join(", ", missing)
                    + "; the header needs " + String.join(",", TABLES.get(file))));
            return null;
        }
        return table;
    }

    // -- criteria.csv --------------------------------------------------------------------------

    private void criteria(Csv.Table table) {
        if (table == null) {
            return;
        }
        criteria = new LinkedHashMap<>();
        Set<String> scopes = new HashSet<>(List.of("ACCESS"));
        Arrays.stream(Pathway.values()).map(Pathway::name).forEach(scopes::add);
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            String scope = required(row, "scope");
            if (scope != null && !scopes.contains(scope)) {
                problem(row, Codes.BAD_ROW, "scope " + scope + " is neither ACCESS nor a pathway ("
                        + Arrays.stream(Pathway.values()).map(Pathway::name).collect(Collectors.joining(", ")) + ")");
            }
            String criterion = required(row, "criterion");
            String officeList = required(row, "offices");
            Set<Office> rowOffices = EnumSet.noneOf(Office.class);
            if (officeList != null) {
                for (String code : officeList.split("\\s+")) {
                    Office office = office(row, "offices", code);
                    if (office != null) {
                        rowOffices.add(office);
                    }
                }
            }
            String candidate = row.get("candidate");
            if (!candidate.isEmpty() && !candidate.equals("petition") && !candidate.equals("offer")) {
                problem(row, Codes.BAD_ROW, "candidate " + candidate + " must be empty, petition or offer");
            }
            if (criterion != null) {
                criteria.putIfAbsent(criterion, row.line());
                criterionOffices.computeIfAbsent(criterion, c -> EnumSet.noneOf(Office.class)).addAll(rowOffices);
            }
        }
    }

    // -- offices.csv ---------------------------------------------------------------------------

    private void offices(Csv.Table table) {
        if (table == null) {
            return;
        }
        Set<Office> named = EnumSet.noneOf(Office.class);
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            Office office = office(row, "office", required(row, "office"));
            LocalDate opens = date(row, "opens", null);
            LocalDate lastDay = date(row, "lastDay", null);
            boolean hasCutoff = !row.get("arrivalCutoff").isEmpty();
            if (hasCutoff) {
                date(row, "arrivalCutoff", null);
            }
            if (office == null) {
                continue;
            }
            named.add(office);
            if (opens == null || lastDay == null || !ordered(row, "opens", opens, "lastDay", lastDay)) {
                continue;
            }
            Span span = new Span(opens, lastDay, row.line());
            OfficeRow earlier = offices.get(office);
            if (earlier != null) {
                if (span.overlaps(new Span(earlier.opens(), earlier.lastDay(), earlier.line()))) {
                    problem(row, Codes.OVERLAP, "office " + office + " from " + span + " overlaps line " + earlier.line()
                            + " (" + earlier.opens() + " to " + earlier.lastDay() + ")");
                } else {
                    problem(row, Codes.DUPLICATE, "office " + office + " already has a row at line " + earlier.line()
                            + "; the table takes one row per office");
                }
                continue;
            }
            offices.put(office, new OfficeRow(office, opens, lastDay, hasCutoff, row.line()));
        }
        for (Office office : Office.values()) {
            if (!named.contains(office)) {
                out.add(new Problem(OFFICES, 0, Codes.GAP, "no row for office " + office
                        + "; every office needs the days it registers applications"));
            }
        }
        Set<Office> needCutoff = criterionOffices.getOrDefault(ACC_ARRIVAL_CUTOFF, Set.of());
        for (OfficeRow row : offices.values()) {
            if (!row.hasCutoff() && needCutoff.contains(row.office())) {
                out.add(new Problem(OFFICES, row.line(), Codes.GAP, "office " + row.office() + " has no arrivalCutoff, which "
                        + ACC_ARRIVAL_CUTOFF + " needs there (criteria.csv line " + criteria.get(ACC_ARRIVAL_CUTOFF) + ")"));
            }
        }
    }

    // -- served-nationalities.csv --------------------------------------------------------------

    private void served(Csv.Table table) {
        if (table == null) {
            return;
        }
        Map<Office, List<Span>> byOffice = new EnumMap<>(Office.class);
        Set<Office> named = EnumSet.noneOf(Office.class);
        List<Keyed> keyed = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            Office office = office(row, "office", required(row, "office"));
            String nationality = country(row, "nationality");
            LocalDate from = date(row, "from", LocalDate.MIN);
            LocalDate to = date(row, "to", LocalDate.MAX);
            if (office != null) {
                named.add(office);
            }
            if (office == null || nationality == null || from == null || to == null || !ordered(row, "from", from, "to", to)) {
                continue;
            }
            Span span = new Span(from, to, row.line());
            keyed.add(new Keyed(office + " serving " + nationality, span));
            byOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(span);
        }
        overlaps(SERVED, keyed);
        Set<Office> needList = criterionOffices.getOrDefault(ACC_NATIONALITY, Set.of());
        for (Office office : Office.values()) {
            if (needList.contains(office) && !named.contains(office)) {
                out.add(new Problem(SERVED, 0, Codes.GAP, "no row for office " + office + ", where " + ACC_NATIONALITY
                        + " applies (criteria.csv line " + criteria.get(ACC_NATIONALITY) + ")"));
            }
            OfficeRow window = offices.get(office);
            List<Span> spans = byOffice.get(office);
            if (window == null || spans == null) {
                continue;
            }
            // From the office's first row (or its opening, for a row open at the start) through its
            // last day, some nationality must be served every day: before its first row, no list
            // applies to the office at all (a list that starts later is a policy change, not a gap).
            LocalDate first = spans.stream().map(Span::from).min(LocalDate::compareTo).orElseThrow();
            LocalDate start = first.isAfter(window.opens()) ? first : window.opens();
            for (Span.Gap gap : Span.gaps(spans, start, window.lastDay())) {
                out.add(new Problem(SERVED, gap.line(), Codes.GAP, "office " + office + " serves no nationality from "
                        + gap + ", within its window " + window.opens() + " to " + window.lastDay()
                        + " (offices.csv line " + window.line() + ")"));
            }
        }
    }

    // -- frp-windows.csv -----------------------------------------------------------------------

    private void frpWindows(Csv.Table table) {
        if (table == null) {
            return;
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            String nationality = country(row, "nationality");
            LocalDate opens = date(row, "opens", null);
            LocalDate lastDay = date(row, "lastDay", null);
            if (nationality != null && opens != null && lastDay != null && ordered(row, "opens", opens, "lastDay", lastDay)) {
                keyed.add(new Keyed("the " + nationality + " window", new Span(opens, lastDay, row.line())));
            }
        }
        overlaps(FRP, keyed);
    }

    // -- h2-periods.csv and h2-countries.csv ---------------------------------------------------

    private Map<String, List<Span>> h2Periods(Csv.Table table) {
        if (table == null) {
            return null;
        }
        Map<String, List<Span>> byProgram = new LinkedHashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            String program = program(row);
            LocalDate from = date(row, "from", null);
            LocalDate to = date(row, "to", null);
            if (program != null && from != null && to != null && ordered(row, "from", from, "to", to)) {
                Span span = new Span(from, to, row.line());
                keyed.add(new Keyed("the " + program + " period", span));
                byProgram.computeIfAbsent(program, p -> new ArrayList<>()).add(span);
            }
        }
        overlaps(H2_PERIODS, keyed);
        byProgram.forEach((program, spans) -> {
            LocalDate first = spans.stream().map(Span::from).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = spans.stream().map(Span::to).max(LocalDate::compareTo).orElseThrow();
            for (Span.Gap gap : Span.gaps(spans, first, last)) {
                out.add(new Problem(H2_PERIODS, gap.line(), Codes.GAP, "no " + program + " period covers " + gap
                        + ", between the period at line " + gap.lineBefore() + " and the one at line " + gap.lineAfter()
                        + "; each period ends the day before the next starts"));
            }
        });
        return byProgram;
    }

    private void h2Countries(Csv.Table table, Map<String, List<Span>> periods) {
        if (table == null) {
            return;
        }
        List<Keyed> keyed = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            String program = program(row);
            String country = country(row, "country");
            LocalDate from = date(row, "from", null);
            LocalDate to = date(row, "to", null);
            if (program == null || country == null || from == null || to == null || !ordered(row, "from", from, "to", to)) {
                continue;
            }
            Span span = new Span(from, to, row.line());
            keyed.add(new Keyed(program + " listing " + country, span));
            if (periods != null) {
                List<Span.Gap> outside = Span.gaps(periods.getOrDefault(program, List.of()), from, to);
                if (!outside.isEmpty()) {
                    problem(row, Codes.OUTSIDE_PERIOD, program + " lists " + country + " from " + outside.get(0)
                            + ", when no " + program + " period of h2-periods.csv is in force; add the period, or the "
                            + "country stays off the list those days");
                }
            }
        }
        overlaps(H2_COUNTRIES, keyed);
    }

    // -- program-windows.csv -------------------------------------------------------------------

    private void programWindows(Csv.Table table) {
        if (table == null) {
            return;
        }
        Map<Pathway, Integer> seen = new EnumMap<>(Pathway.class);
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            Pathway program = pathway(row, required(row, "program"));
            LocalDate opens = date(row, "opens", LocalDate.MIN);
            LocalDate lastDay = date(row, "lastDay", null);
            if (opens != null && lastDay != null) {
                ordered(row, "opens", opens, "lastDay", lastDay);
            }
            if (program == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(program, row.line());
            if (earlier != null) {
                problem(row, Codes.DUPLICATE, "program " + program + " already has a row at line " + earlier
                        + "; the table takes one window per program");
            } else {
                names.program(program.name(), row.line());
            }
        }
    }

    private Pathway pathway(Csv.Row row, String code) {
        if (code == null) {
            return null;
        }
        for (Pathway p : Pathway.values()) {
            if (p.name().equals(code)) {
                return p;
            }
        }
        problem(row, Codes.BAD_ROW, "program " + code + " is not a pathway ("
                + Arrays.stream(Pathway.values()).map(Pathway::name).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    // -- policy-values.csv ---------------------------------------------------------------------

    /**
     * Each row: a name, a known kind, a value of that kind, dates and a citation. Across rows: one
     * kind per name; a value of a list in force once per day (overlap); a date or a number in force
     * exactly once every day (gap and overlap), since a rule reads it on any evaluation date.
     */
    private void policyValues(Csv.Table table) {
        if (table == null) {
            return;
        }
        Map<String, PolicyValueKind> kinds = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Map<String, List<Span>> single = new LinkedHashMap<>();
        List<Keyed> keyed = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            if (blank(row)) {
                continue;
            }
            citation(row);
            String name = required(row, "name");
            if (name != null && !name.matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
                problem(row, Codes.BAD_ROW, "name " + name + " must be capital letters and digits joined by hyphens, "
                        + "like CA-4-COUNTRIES (rules read it by that name)");
                name = null;
            }
            String kindText = required(row, "kind");
            PolicyValueKind kind = kindText == null ? null : PolicyValueKind.ofLabel(kindText).orElse(null);
            if (kindText != null && kind == null) {
                problem(row, Codes.BAD_ROW, "kind " + kindText + " is none of " + PolicyValueKind.labels());
            }
            String value = kind == PolicyValueKind.COUNTRY ? country(row, "value") : required(row, "value");
            if (kind != null && value != null) {
                try {
                    kind.parse(value);
                } catch (IllegalArgumentException e) {
                    problem(row, kind == PolicyValueKind.DATE ? Codes.BAD_DATES : Codes.BAD_ROW, e.getMessage());
                    value = null;
                }
            }
            LocalDate from = date(row, "from", LocalDate.MIN);
            LocalDate to = date(row, "to", LocalDate.MAX);
            if (name == null || kind == null) {
                continue;
            }
            PolicyValueKind earlier = kinds.putIfAbsent(name, kind);
            firstLine.putIfAbsent(name, row.line());
            if (earlier != null && earlier != kind) {
                problem(row, Codes.BAD_ROW, name + " is a " + kind.label() + " here but a " + earlier.label()
                        + " at line " + firstLine.get(name) + "; all rows of a name have one kind");
                continue;
            }
            if (value == null || from == null || to == null || !ordered(row, "from", from, "to", to)) {
                continue;
            }
            Span span = new Span(from, to, row.line());
            if (kind == PolicyValueKind.DATE || kind == PolicyValueKind.NUMBER) {
                keyed.add(new Keyed(name, span));
                single.computeIfAbsent(name, n -> new ArrayList<>()).add(span);
            } else {
                keyed.add(new Keyed(name + " listing " + value, span));
            }
        }
        overlaps(POLICY_VALUES, keyed);
        single.forEach((name, spans) -> {
            LocalDate first = spans.stream().map(Span::from).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = spans.stream().map(Span::to).max(LocalDate::compareTo).orElseThrow();
            int line = firstLine.get(name);
            if (!first.equals(LocalDate.MIN)) {
                out.add(new Problem(POLICY_VALUES, line, Codes.GAP, name + " has no value before " + first
                        + "; leave the first row's from empty, as a rule may read it on any date"));
            }
            if (!last.equals(LocalDate.MAX)) {
                out.add(new Problem(POLICY_VALUES, line, Codes.GAP, name + " has no value after " + last
                        + "; leave the last row's to empty, as a rule may read it on any date"));
            }
            for (Span.Gap gap : Span.gaps(spans, first, last)) {
                out.add(new Problem(POLICY_VALUES, gap.line(), Codes.GAP, name + " has no value from " + gap
                        + ", between line " + gap.lineBefore() + " and line " + gap.lineAfter()));
            }
        });
        kinds.forEach((name, kind) -> names.value(name, kind, firstLine.get(name)));
    }

    // -- shared --------------------------------------------------------------------------------

    /** Reports each row that overlaps an earlier row of the same key, at the later row. */
    private void overlaps(String file, List<Keyed> rows) {
        Map<String, List<Span>> seen = new HashMap<>();
        for (Keyed row : rows) {
            List<Span> earlier = seen.computeIfAbsent(row.key(), k -> new ArrayList<>());
            for (Span e : earlier) {
                if (e.overlaps(row.span())) {
                    out.add(new Problem(file, row.span().line(), Codes.OVERLAP, row.key() + " from " + row.span()
                            + " overlaps line " + e.line() + " (" + e + "); a key may have one row in force per day"));
                    break;
                }
            }
            earlier.add(row.span());
        }
    }

    /**
     * The date in {@code column}, or {@code ifEmpty} when the column is empty (an open end); or
     * {@code null}, reported, when it is no date or when it is empty and {@code ifEmpty} is {@code null}.
     */
    private LocalDate date(Csv.Row row, String column, LocalDate ifEmpty) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (ifEmpty == null) {
                problem(row, Codes.BAD_ROW, "column " + column + " is empty");
            }
            return ifEmpty;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(row, Codes.BAD_DATES, "column " + column + " is not a YYYY-MM-DD date: " + v);
            return null;
        }
    }

    private boolean ordered(Csv.Row row, String fromColumn, LocalDate from, String toColumn, LocalDate to) {
        if (from.isAfter(to)) {
            problem(row, Codes.BAD_DATES, fromColumn + " " + from + " is after " + toColumn + " " + to
                    + " (both days are inclusive)");
            return false;
        }
        return true;
    }

    private String required(Csv.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row, Codes.BAD_ROW, "column " + column + " is empty");
            return null;
        }
        return v;
    }

    private Office office(Csv.Row row, String column, String code) {
        if (code == null) {
            return null;
        }
        for (Office office : Office.values()) {
            if (office.name().equals(code)) {
                return office;
            }
        }
        problem(row, Codes.UNKNOWN_OFFICE, code + " in column " + column + " is not an office ("
                + Arrays.stream(Office.values()).map(Office::name).collect(Collectors.joining(", ")) + ")");
        return null;
    }

    private String country(Csv.Row row, String column) {
        String code = required(row, column);
        if (code != null && !Countries.isAssigned(code)) {
            problem(row, Codes.UNKNOWN_COUNTRY, code + " in column " + column
                    + " is not an assigned ISO 3166-1 alpha-2 country code");
            return null;
        }
        return code;
    }

    private String program(Csv.Row row) {
        String program = required(row, "program");
        if (program != null && !program.equals("H2A") && !program.equals("H2B")) {
            problem(row, Codes.BAD_ROW, "program " + program + " must be H2A or H2B");
            return null;
        }
        return program;
    }

    private void citation(Csv.Row row) {
        if (row.get("citation").isEmpty()) {
            problem(row, Codes.MISSING_CITATION, "no citation; every row names the notice or source it rests on");
        }
    }

    private boolean blank(Csv.Row row) {
        if (row.blank()) {
            problem(row, Codes.BAD_ROW, "blank line; delete it (the engine reads it as a row without values)");
            return true;
        }
        return false;
    }

    private void problem(Csv.Row row, String code, String message) {
        out.add(new Problem(row.file(), row.line(), code, message));
    }
}
