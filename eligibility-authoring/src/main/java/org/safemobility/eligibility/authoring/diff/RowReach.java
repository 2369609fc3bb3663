package org.safemobility.eligibility.authoring.diff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.SecurityConcern;
import org.safemobility.eligibility.model.TemporaryNeed;

/**
 * Whether an applicant <em>reaches</em> a changed table row: whether the row could decide
 * anything about the applicant at all. It is a necessary condition, not a sufficient one: an
 * applicant who reaches a row may still be screened alike (another criterion decides first), but
 * one who reaches none of the changed rows cannot show their impact. {@code diff} warns when no
 * applicant of the population reaches any changed row, because "no applicant changed" then says
 * nothing about the edit.
 *
 * <p>The definition is generic over any table, by the values in its cells:
 * <ul>
 *   <li><b>Codes.</b> A cell is a <em>code cell</em> when each of its space-separated values names
 *       an applicant-side value: a two-letter upper-case code (a country or an office) or a
 *       constant of an enum of the applicant model ({@code ASYLUM_SEEKER}, {@code US_CITIZEN},
 *       {@code F4}, {@code AGRICULTURAL}, ...). The applicant's answers give a set of such
 *       values: its office, nationalities, residence country and status, marital status, every
 *       relative's relationship, status, I-130 status, category, role and principal nationality,
 *       protection grounds and security concerns, education and every job offer's kind, temporary
 *       need and labor certification. The codes hold when every code cell of the row has a value
 *       in that set (a cell listing several, {@code GT CR CO EC}, needs one of them).</li>
 *   <li><b>Dates.</b> The applicant's dates are its evaluation date D and every date among its
 *       answers (arrival, asylum registration, a relative's pending-since date, U.S. entries,
 *       interdictions and removal orders, the passport's expiry). For a changed row whose dates
 *       differ, the dates hold when one of the applicant's dates lies between the old and the new
 *       value of a differing date, widened by a day either side (an empty old or new value in a
 *       column named like an end, {@code to}, {@code lastDay}, {@code until}, or a start,
 *       {@code from}, {@code opens}, counts as open on that side). Otherwise, for a row with dates,
 *       they hold when D lies within the row's range (from its earliest to its latest date, open on
 *       a side whose start or end column is empty) or one of the applicant's dates lies within a
 *       day of one of the row's dates. A row without dates places no condition on dates.</li>
 * </ul>
 * An applicant reaches a changed row when it reaches the old or the new version of it.
 */
public final class RowReach {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> MODEL_CONSTANTS = modelConstants();
    private static final Set<String> START_COLUMNS = Set.of("from", "opens", "start", "startdate", "validfrom");
    private static final Set<String> END_COLUMNS = Set.of("to", "lastday", "until", "end", "enddate", "validto");

    private RowReach() {
    }

    /** The applicant-side values of one applicant, and its dates, taken once per applicant. */
    record Answers(Set<String> codes, List<LocalDate> dates, LocalDate evaluationDate) {
    }

    /**
     * Whether {@code value} names an applicant-side value: a two-letter code or a model enum constant.
     *
     * @param value a cell of a table row
     * @return true for a country code such as {@code HN} or a constant of the applicant model
     */
    public static boolean isCode(String value) {
        return COUNTRY.matcher(value).matches() || MODEL_CONSTANTS.contains(value);
    }

    /**
     * Whether the applicant, screened on {@code evaluationDate}, reaches {@code change}.
     *
     * @param change a changed table row
     * @param applicant the applicant
     * @param evaluationDate the date the applicant is screened on
     * @return true when the applicant reaches the old or the new version of the row
     */
    public static boolean reaches(RowChange change, Applicant applicant, LocalDate evaluationDate) {
        return reaches(change, answers(applicant, evaluationDate));
    }

    static boolean reaches(RowChange change, Answers a) {
        TableRow old = change.oldRow();
        TableRow now = change.newRow();
        if (old != null && now != null) {
            List<Interval> moved = movedDates(old, now);
            if (!moved.isEmpty()) {
                return (codesHold(old, a) || codesHold(now, a)) && anyDateIn(moved, a);
            }
        }
        return (old != null && reachesRow(old, a)) || (now != null && reachesRow(now, a));
    }

    static Answers answers(Applicant applicant, LocalDate evaluationDate) {
        Set<String> codes = new HashSet<>();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(evaluationDate);
        codes.add(applicant.office().name());
        if (applicant.nationalities() != null) {
            codes.addAll(applicant.nationalities());
        }
        add(codes, applicant.maritalStatus());
        add(dates, applicant.passportExpiryDate());
        var residence = applicant.residence();
        if (residence != null) {
            if (residence.country() != null) {
                codes.add(residence.country());
            }
            add(codes, residence.status());
            add(dates, residence.arrivalDate());
            add(dates, residence.asylumRegistrationDate());
        }
        var protection = applicant.protection();
        if (protection != null) {
            if (protection.grounds() != null) {
                protection.grounds().forEach(g -> add(codes, g));
            }
            if (protection.securityConcerns() != null) {
                protection.securityConcerns().forEach(c -> add(codes, c));
            }
        }
        if (applicant.usRelatives() != null) {
            for (var r : applicant.usRelatives()) {
                add(codes, r.relationship());
                add(codes, r.status());
                add(dates, r.pendingSince());
                var i130 = r.i130();
                if (i130 != null) {
                    add(codes, i130.status());
                    add(codes, i130.category());
                    add(codes, i130.role());
                    if (i130.principalNationality() != null) {
                        codes.add(i130.principalNationality());
                    }
                }
            }
        }
        var history = applicant.usHistory();
        if (history != null) {
            addAll(dates, history.irregularEntryDates());
            addAll(dates, history.interdictionDates());
            addAll(dates, history.removalOrderDates());
        }
        var employment = applicant.employment();
        if (employment != null) {
            add(codes, employment.education());
            if (employment.jobOffers() != null) {
                for (var o : employment.jobOffers()) {
                    add(codes, o.kind());
                    add(codes, o.temporaryNeed());
                    add(codes, o.laborCertification());
                }
            }
        }
        return new Answers(codes, dates, evaluationDate);
    }

    private static void add(Set<String> codes, Enum<?> value) {
        if (value != null) {
            codes.add(value.name());
        }
    }

    private static void add(List<LocalDate> dates, LocalDate date) {
        if (date != null) {
            dates.add(date);
        }
    }

    private static void addAll(List<LocalDate> dates, List<LocalDate> more) {
        if (more != null) {
            dates.addAll(more);
        }
    }

    private static boolean reachesRow(TableRow row, Answers a) {
        return codesHold(row, a) && datesHold(row, a);
    }

    private static boolean codesHold(TableRow row, Answers a) {
        for (String cell : row.values()) {
            String[] values = cell.strip().split("\\s+");
            if (values.length == 0 || values[0].isEmpty() || !allCodes(values)) {
                continue;
            }
            boolean any = false;
            for (String v : values) {
                if (a.codes().contains(v)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCodes(String[] values) {
        for (String v : values) {
            if (!isCode(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean datesHold(TableRow row, Answers a) {
        LocalDate min = null;
        LocalDate max = null;
        boolean openStart = false;
        boolean openEnd = false;
        List<LocalDate> rowDates = new ArrayList<>();
        for (int i = 0; i < row.values().size(); i++) {
            String cell = row.value(i).strip();
            String column = i < row.header().size() ? row.header().get(i).strip().toLowerCase(Locale.ROOT) : "";
            if (cell.isEmpty()) {
                openStart |= START_COLUMNS.contains(column);
                openEnd |= END_COLUMNS.contains(column);
                continue;
            }
            LocalDate d = date(cell);
            if (d != null) {
                rowDates.add(d);
                min = min == null || d.isBefore(min) ? d : min;
                max = max == null || d.isAfter(max) ? d : max;
            }
        }
        if (rowDates.isEmpty()) {
            return true;
        }
        LocalDate evaluation = a.evaluationDate();
        if ((openStart || !evaluation.isBefore(min)) && (openEnd || !evaluation.isAfter(max))) {
            return true;
        }
        for (LocalDate d : rowDates) {
            for (LocalDate mine : a.dates()) {
                if (!mine.isBefore(d.minusDays(1)) && !mine.isAfter(d.plusDays(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A span of dates, either end open when {@code null}. */
    private record Interval(LocalDate from, LocalDate to) {
        boolean contains(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /** For each column whose date differs between the two rows, the span between old and new, a day wider. */
    private static List<Interval> movedDates(TableRow old, TableRow now) {
        List<Interval> out = new ArrayList<>();
        int n = Math.max(old.values().size(), now.values().size());
        for (int i = 0; i < n; i++) {
            String o = old.value(i).strip();
            String w = now.value(i).strip();
            if (o.equals(w)) {
                continue;
            }
            LocalDate od = date(o);
            LocalDate nd = date(w);
            if (od == null && nd == null) {
                continue;
            }
            if ((od == null && !o.isEmpty()) || (nd == null && !w.isEmpty())) {
                continue; // a date replaced by something that is not one: no span to speak of
            }
            String column = i < now.header().size() ? now.header().get(i).strip().toLowerCase(Locale.ROOT) : "";
            if (od != null && nd != null) {
                LocalDate lo = od.isBefore(nd) ? od : nd;
                LocalDate hi = od.isBefore(nd) ? nd : od;
                out.add(new Interval(lo.minusDays(1), hi.plusDays(1)));
            } else {
                LocalDate d = od != null ? od : nd;
                if (END_COLUMNS.contains(column)) {
                    out.add(new Interval(d.minusDays(1), null));
                } else if (START_COLUMNS.contains(column)) {
                    out.add(new Interval(null, d.plusDays(1)));
                } else {
                    out.add(new Interval(d.minusDays(1), d.plusDays(1)));
                }
            }
        }
        return out;
    }

    private static boolean anyDateIn(List<Interval> spans, Answers a) {
        for (Interval span : spans) {
            for (LocalDate d : a.dates()) {
                if (span.contains(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDate date(String cell) {
        if (!ISO_DATE.matcher(cell).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Set<String> modelConstants() {
        Set<String> out = new HashSet<>();
        List<Class<? extends Enum<?>>> enums = List.of(Education.class, I130Status.class, JobKind.class,
                LaborCertification.class, MaritalStatus.class, Office.class, PetitionRole.class,
                PreferenceCategory.class, ProtectionGround.class, Relationship.class, RelativeStatus.class,
                ResidenceStatus.class, SecurityConcern.class, TemporaryNeed.class);
        for (Class<? extends Enum<?>> e : enums) {
            for (Enum<?> c : e.getEnumConstants()) {
                out.add(c.name());
            }
        }
        return Set.copyOf(out);
    }
}
