package org.safemobility.eligibility.testkit.internal.policy;

import static org.safemobility.eligibility.testkit.internal.policy.Inputs.isOneOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.UsRelative;

/** Section 5, CENTRAL_AMERICAN_MINORS: one method per row, after SMO-ACCESS. */
final class CamCriteria {

    private final Applicant a;
    private final LocalDate d;
    private final RuleSetTables t;

    private CamCriteria(Applicant a, LocalDate d, RuleSetTables t) {
        this.a = a;
        this.d = d;
        this.t = t;
    }

    static Map<String, Truth> of(Applicant a, LocalDate d, RuleSetTables t, Truth access) {
        CamCriteria c = new CamCriteria(a, d, t);
        Map<String, Truth> out = new LinkedHashMap<>();
        out.put("SMO-ACCESS", access);
        out.put("CAM-PROGRAM-OPEN", c.programOpen());
        out.put("CAM-AGE", c.age());
        out.put("CAM-UNMARRIED", c.unmarried());
        out.put("CAM-IN-COUNTRY", c.inCountry());
        out.put("CAM-QUALIFYING-PARENT", c.qualifyingParent());
        return out;
    }

    /** D is in the CAM program's window (program-windows.csv). */
    Truth programOpen() {
        return Truth.of(t.programOpen("CENTRAL_AMERICAN_MINORS", d));
    }

    /** Age on D is under CAM-AGE-LIMIT. */
    Truth age() {
        return Truth.not(Inputs.agedAtLeast("dateOfBirth", a.dateOfBirth(), d, t.number("CAM-AGE-LIMIT", d)));
    }

    /** {@code maritalStatus} is not MARRIED. */
    Truth unmarried() {
        return Truth.not(Truth.test("maritalStatus", a.maritalStatus(), m -> m == MaritalStatus.MARRIED));
    }

    /** {@code residence.country} is one of CAM-COUNTRIES and is among {@code nationalities}. */
    Truth inCountry() {
        return Truth.and(
                isOneOf("residence.country", Inputs.country(a), t.list("CAM-COUNTRIES", d)),
                Inputs.livesInACountryOfNationality(a));
    }

    /**
     * Some {@code usRelatives} entry has a {@code relationship} of CAM-PARENT-RELATIONSHIPS, is
     * CAM-PARENT-MIN-AGE or older on D, and either has a {@code status} of CAM-PARENT-STATUSES, or a
     * {@code status} of CAM-PENDING-STATUSES with {@code pendingSince} on or before CAM-PENDING-CUTOFF.
     */
    Truth qualifyingParent() {
        if (a.usRelatives() == null) {
            return Truth.unknown("usRelatives");
        }
        LocalDate cutoff = t.date("CAM-PENDING-CUTOFF", d);
        List<Truth> entries = new ArrayList<>();
        for (int i = 0; i < a.usRelatives().size(); i++) {
            UsRelative r = a.usRelatives().get(i);
            String path = "usRelatives[" + i + "]";
            entries.add(Truth.and(
                    isOneOf(path + ".relationship", r.relationship(), t.list("CAM-PARENT-RELATIONSHIPS", d)),
                    Inputs.agedAtLeast(path + ".dateOfBirth", r.dateOfBirth(), d, t.number("CAM-PARENT-MIN-AGE", d)),
                    Truth.or(
                            isOneOf(path + ".status", r.status(), t.list("CAM-PARENT-STATUSES", d)),
                            Truth.and(
                                    isOneOf(path + ".status", r.status(), t.list("CAM-PENDING-STATUSES", d)),
                                    Truth.test(path + ".pendingSince", r.pendingSince(), since -> !since.isAfter(cutoff))))));
        }
        return Truth.any(entries);
    }
}
