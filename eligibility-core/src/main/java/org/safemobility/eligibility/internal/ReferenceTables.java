package org.safemobility.eligibility.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.facts.PolicyValueKind;
import org.safemobility.eligibility.facts.ReferenceData;
import org.safemobility.eligibility.model.Office;

/**
 * Reads the reference tables (CSV with a header row, through {@link CsvRecords}, the reader the
 * linter uses too) of a rule set into {@link ReferenceData}; each problem names {@code file:line}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReferenceTables {

    public static final String OFFICES = "reference/offices.csv";
    public static final String SERVED = "reference/served-nationalities.csv";
    public static final String FRP = "reference/frp-windows.csv";
    public static final String H2_PERIODS = "reference/h2-periods.csv";
    public static final String H2_COUNTRIES = "reference/h2-countries.csv";
    public static final String PROGRAM_WINDOWS = "reference/program-windows.csv";
    public static final String POLICY_VALUES = "reference/policy-values.csv";

    private ReferenceTables() {
    }

    public static ReferenceData load(RuleSetFiles files) {
        List<String> problems = new ArrayList<>();
        var offices = rows(files, OFFICES, problems, r -> new ReferenceData.OfficeRow(
                Office.valueOf(r.text("office")), r.date("opens"), r.date("lastDay"),
                r.optionalDate("arrivalCutoff"), r.text("citation")));
        var served = rows(files, SERVED, problems, r -> new ReferenceData.ServedNationalityRow(
                Office.valueOf(r.text("office")), r.country("nationality"),
                r.dateOr("from", LocalDate.MIN), r.dateOr("to", LocalDate.MAX), r.text("citation")));
        var frp = rows(files, FRP, problems, r -> new ReferenceData.FrpWindowRow(
                r.country("nationality"), r.date("opens"), r.date("lastDay"), r.text("citation")));
        var periods = rows(files, H2_PERIODS, problems, r -> new ReferenceData.H2PeriodRow(
                r.program(), r.date("from"), r.date("to"), r.text("citation")));
        var countries = rows(files, H2_COUNTRIES, problems, r -> new ReferenceData.H2CountryRow(
                r.program(), r.country("country"), r.date("from"), r.date("to"), r.text("citation")));
        var programs = rows(files, PROGRAM_WINDOWS, problems, r -> new ReferenceData.ProgramWindowRow(
                r.pathway("program"), r.dateOr("opens", LocalDate.MIN), r.date("lastDay"), r.text("citation")));
        var values = rows(files, POLICY_VALUES, problems, r -> {
            PolicyValueKind kind = r.kind();
            String text = kind == PolicyValueKind.COUNTRY ? r.country("value") : r.text("value");
            return new ReferenceData.PolicyValueRow(r.text("name"), kind, kind.parse(text),
                    r.dateOr("from", LocalDate.MIN), r.dateOr("to", LocalDate.MAX), r.text("citation"));
        });
        if (problems.isEmpty()) {
            problems.addAll(PolicyValueChecks.check(values));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new ReferenceData(offices, served, frp, periods, countries, programs, values);
    }

    static <T> List<T> rows(RuleSetFiles files, String file, List<String> problems, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>();
        CsvRecords.Result table;
        try {
            table = CsvRecords.read(new String(files.read(file), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            problems.add(file + ":0: unreadable: not a CSV table with a header row");
            return out;
        }
        if (table.defect() != null) {
            problems.add(file + ":" + table.defect().line() + ": malformed-csv: " + table.defect().message());
            return out;
        }
        List<CsvRecords.Record> records = table.records();
        if (records.isEmpty()) {
            problems.add(file + ":0: unreadable: not a CSV table with a header row");
            return out;
        }
        List<String> header = records.get(0).fields();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            List<String> fields = record.fields();
            if (!record.blank() && fields.size() != header.size()) {
                problems.add(file + ":" + record.line() + ": column-count: row has " + fields.size()
                        + " columns, the header has " + header.size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                values.put(header.get(c), fields.get(c));
            }
            try {
                out.add(mapper.apply(new Row(values)));
            } catch (RuntimeException e) {
                problems.add(file + ":" + record.line() + ": bad-row: " + e.getMessage());
            }
        }
        return out;
    }

    /** One CSV row, with typed, validated access to its columns. */
    static final class Row {
        private final Map<String, String> values;

        Row(Map<String, String> values) {
            this.values = values;
        }

        String text(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("column '" + column + "' is empty or missing");
            }
            return v.strip();
        }

        LocalDate date(String column) {
            String v = text(column);
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("column '" + column + "' is not a YYYY-MM-DD date");
            }
        }

        String optionalText(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        LocalDate optionalDate(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : date(column);
        }

        LocalDate dateOr(String column, LocalDate otherwise) {
            LocalDate d = optionalDate(column);
            return d == null ? otherwise : d;
        }

        String country(String column) {
            String v = text(column);
            if (!Countries.isAssigned(v)) {
                throw new IllegalArgumentException("column '" + column + "' is not an assigned ISO 3166-1 code");
            }
            return v;
        }

        Pathway pathway(String column) {
            String v = text(column);
            try {
                return Pathway.valueOf(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("column '" + column + "' is not a pathway ("
                        + java.util.Arrays.toString(Pathway.values()) + ")");
            }
        }

        PolicyValueKind kind() {
            String v = text("kind");
            return PolicyValueKind.ofLabel(v).orElseThrow(() -> new IllegalArgumentException(
                    "column 'kind' must be one of " + PolicyValueKind.labels()));
        }

        String program() {
            String v = text("program");
            if (!v.equals("H2A") && !v.equals("H2B")) {
                throw new IllegalArgumentException("column 'program' must be H2A or H2B");
            }
            return v;
        }
    }
}
