package org.safemobility.eligibility.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.Violation.Codes;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.UsRelative;

/**
 * Checks the values of an {@link Applicant} against the contract: what the record types cannot
 * express (patterns, ranges, assigned country codes, distinct items, a date of birth not after the
 * evaluation date). Messages name the rule broken, never the value.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ApplicantValidator {

    private static final Pattern COUNTRY_SHAPE = Pattern.compile("^[A-Za-z]{2}$");

    private ApplicantValidator() {
    }

    /**
     * @param evaluationDate the evaluation date, or {@code null} when it is not known yet (then only
     *                       the application date, if any, bounds the date of birth)
     */
    public static List<Violation> validate(Applicant a, LocalDate evaluationDate) {
        List<Violation> found = check(a, evaluationDate);
        if (found.size() > 1) {
            // the order an applicant's JSON gets: the contract's order of fields
            found.sort(java.util.Comparator.comparing(Violation::field, ApplicantSchema.CONTRACT_ORDER));
        }
        return ApplicantReader.capped(found);
    }

    /** {@link #validate}, every violation, uncapped. */
    static List<Violation> check(Applicant a, LocalDate evaluationDate) {
        List<Violation> out = new ArrayList<>();
        if (a.id() == null) {
            out.add(new Violation("id", Codes.REQUIRED, "id is required."));
        } else if (!validId(a.id())) {
            out.add(new Violation("id", Codes.PATTERN, "id must be 1 to 64 letters, digits, '.', '_' or '-'."));
        }
        if (a.office() == null) {
            out.add(new Violation("office", Codes.REQUIRED, "office is required."));
        }
        if (evaluationDate != null && outOfRange(evaluationDate)) {
            out.add(new Violation("", Codes.OUT_OF_RANGE, "The evaluation date must lie from "
                    + Limits.MIN_DATE + " to " + Limits.MAX_DATE + "."));
        }
        dates(out, a);
        LocalDate bound = evaluationDate != null ? evaluationDate : a.applicationDate();
        if (bound != null && a.dateOfBirth() != null && a.dateOfBirth().isAfter(bound)) {
            out.add(new Violation("dateOfBirth", Codes.BORN_AFTER_EVALUATION_DATE,
                    "dateOfBirth lies after the evaluation date."));
        }
        if (withinLimit(out, "nationalities", a.nationalities())) {
            countries(out, "nationalities", a.nationalities());
            distinct(out, "nationalities", a.nationalities());
        }
        if (a.residence() != null) {
            country(out, "residence.country", a.residence().country());
        }
        if (a.protection() != null) {
            if (withinLimit(out, "protection.grounds", a.protection().grounds())) {
                distinct(out, "protection.grounds", a.protection().grounds());
            }
            if (withinLimit(out, "protection.securityConcerns", a.protection().securityConcerns())) {
                distinct(out, "protection.securityConcerns", a.protection().securityConcerns());
            }
        }
        if (withinLimit(out, "usRelatives", a.usRelatives())) {
            for (int i = 0; i < a.usRelatives().size(); i++) {
                UsRelative r = a.usRelatives().get(i);
                if (r.relationship() == null) {
                    out.add(new Violation(item("usRelatives", i, ".relationship"), Codes.REQUIRED,
                            "relationship is required."));
                }
                if (r.i130() != null) {
                    country(out, "usRelatives", i, ".i130.principalNationality", r.i130().principalNationality());
                }
            }
        }
        Employment e = a.employment();
        if (e != null) {
            range(out, "employment.experienceYears", e.experienceYears(), 0, 80);
            if (withinLimit(out, "employment.jobOffers", e.jobOffers())) {
                for (int i = 0; i < e.jobOffers().size(); i++) {
                    JobOffer o = e.jobOffers().get(i);
                    range(out, "employment.jobOffers", i, ".durationMonths", o.durationMonths(), 1, 120);
                }
            }
        }
        return out;
    }

    /** Lists longer than {@link Limits#MAX_LIST_ITEMS} are too large, and their items are not checked. */
    private static boolean withinLimit(List<Violation> out, String field, List<?> items) {
        if (items == null) {
            return false;
        }
        if (items.size() > Limits.MAX_LIST_ITEMS) {
            out.add(new Violation(field, Codes.TOO_LARGE, field + " holds more than " + Limits.MAX_LIST_ITEMS + " items."));
            return false;
        }
        return true;
    }

    static boolean outOfRange(LocalDate d) {
        return d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE);
    }

    /** Every date from 0000-01-01 to 9999-12-31, the dates the JSON contract can express. */
    private static void dates(List<Violation> out, Applicant a) {
        date(out, "applicationDate", a.applicationDate());
        date(out, "dateOfBirth", a.dateOfBirth());
        date(out, "passportExpiryDate", a.passportExpiryDate());
        if (a.residence() != null) {
            date(out, "residence.arrivalDate", a.residence().arrivalDate());
            date(out, "residence.asylumRegistrationDate", a.residence().asylumRegistrationDate());
        }
        if (a.usRelatives() != null && a.usRelatives().size() <= Limits.MAX_LIST_ITEMS) {
            for (int i = 0; i < a.usRelatives().size(); i++) {
                UsRelative r = a.usRelatives().get(i);
                date(out, "usRelatives", i, ".dateOfBirth", r.dateOfBirth());
                date(out, "usRelatives", i, ".pendingSince", r.pendingSince());
            }
        }
        if (a.usHistory() != null) {
            dateList(out, "usHistory.irregularEntryDates", a.usHistory().irregularEntryDates());
            dateList(out, "usHistory.interdictionDates", a.usHistory().interdictionDates());
            dateList(out, "usHistory.removalOrderDates", a.usHistory().removalOrderDates());
        }
    }

    private static void dateList(List<Violation> out, String field, List<LocalDate> dates) {
        if (withinLimit(out, field, dates)) {
            for (int i = 0; i < dates.size(); i++) {
                date(out, field, i, "", dates.get(i));
            }
        }
    }

    private static void date(List<Violation> out, String field, LocalDate d) {
        if (d != null && outOfRange(d)) {
            out.add(new Violation(field, Codes.OUT_OF_RANGE,
                    field + " must lie from " + Limits.MIN_DATE + " to " + Limits.MAX_DATE + "."));
        }
    }

    /** A date of a list item; the item's path is only spelt out for a violation. */
    private static void date(List<Violation> out, String list, int i, String rest, LocalDate d) {
        if (d != null && outOfRange(d)) {
            date(out, item(list, i, rest), d);
        }
    }

    /** {@code list[i]rest}: {@code usRelatives[2].dateOfBirth}. */
    private static String item(String list, int i, String rest) {
        return list + "[" + i + "]" + rest;
    }

    /** 1 to 64 letters, digits, '.', '_' or '-' (checked by hand: it runs for every applicant). */
    public static boolean validId(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The violation code for a country code, or {@code null} when it is a valid one. */
    public static String countryProblem(String code) {
        if (Countries.isAssigned(code)) {
            return null;
        }
        if (!COUNTRY_SHAPE.matcher(code).matches()) {
            return Codes.MALFORMED_COUNTRY;
        }
        if (!code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
            return Codes.LOWER_CASE_COUNTRY;
        }
        return Codes.UNASSIGNED_COUNTRY;
    }

    static String countryMessage(String field, String code) {
        return switch (code) {
            case Codes.LOWER_CASE_COUNTRY -> field + " must be an upper-case ISO 3166-1 alpha-2 code.";
            case Codes.UNASSIGNED_COUNTRY -> field + " is not an assigned ISO 3166-1 alpha-2 code.";
            default -> field + " must be a two-letter ISO 3166-1 alpha-2 code.";
        };
    }

    private static void country(List<Violation> out, String field, String code) {
        if (code == null) {
            return;
        }
        String problem = countryProblem(code);
        if (problem != null) {
            out.add(new Violation(field, problem, countryMessage(field, problem)));
        }
    }

    private static void country(List<Violation> out, String list, int i, String rest, String code) {
        if (code != null && countryProblem(code) != null) {
            country(out, item(list, i, rest), code);
        }
    }

    private static void countries(List<Violation> out, String field, List<String> codes) {
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                country(out, field, i, "", codes.get(i));
            }
        }
    }

    private static void distinct(List<Violation> out, String field, List<?> items) {
        if (items == null || items.size() < 2) {
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                out.add(new Violation(field + "[" + i + "]", Codes.DUPLICATE_ITEM,
                        field + " must not hold the same item twice."));
            }
        }
    }

    /** A number of a list item; the item's path is only spelt out for a violation. */
    private static void range(List<Violation> out, String list, int i, String rest, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            range(out, item(list, i, rest), value, min, max);
        }
    }

    private static void range(List<Violation> out, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            out.add(new Violation(field, Codes.OUT_OF_RANGE,
                    field + " must be from " + min + " to " + max + "."));
        }
    }
}
