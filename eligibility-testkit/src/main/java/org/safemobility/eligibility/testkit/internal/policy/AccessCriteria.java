package org.safemobility.eligibility.testkit.internal.policy;

import static org.safemobility.eligibility.testkit.internal.policy.Inputs.country;
import static org.safemobility.eligibility.testkit.internal.policy.Inputs.includesOneOf;
import static org.safemobility.eligibility.testkit.internal.policy.Inputs.isOneOf;
import static org.safemobility.eligibility.testkit.internal.policy.Inputs.residenceStatus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;

/** Section 2, program access: one method per row of the criteria table, in the policy's order. */
final class AccessCriteria {

    private final Applicant a;
    private final LocalDate d;
    private final RuleSetTables t;

    private AccessCriteria(Applicant a, LocalDate d, RuleSetTables t) {
        this.a = a;
        this.d = d;
        this.t = t;
    }

    /** The access criteria that apply at the applicant's office, in the policy's order. */
    static Map<String, Truth> of(Applicant a, LocalDate d, RuleSetTables t) {
        AccessCriteria c = new AccessCriteria(a, d, t);
        Map<String, Truth> out = new LinkedHashMap<>();
        out.put("ACC-OFFICE-OPEN", c.officeOpen());
        out.put("ACC-AGE", c.age());
        if (a.office() == Office.GT) {
            out.put("ACC-C4-RESIDENCY", c.c4Residency());
        } else {
            out.put("ACC-HOST-RESIDENCE", c.hostResidence());
            out.put("ACC-NATIONALITY", c.nationality());
            out.put("ACC-ARRIVAL-CUTOFF", c.arrivalCutoff());
            out.put("ACC-HOST-STATUS", c.hostStatus());
        }
        return out;
    }

    /** {@code office} registers applications on D (offices.csv). */
    Truth officeOpen() {
        return Truth.of(t.officeOpen(a.office(), d));
    }

    /** Age on D is ADULT-AGE or more. */
    Truth age() {
        return Inputs.agedAtLeast("dateOfBirth", a.dateOfBirth(), d, t.number("ADULT-AGE", d));
    }

    /**
     * {@code residence.country} is a CA-4 country, and the applicant lives there as a national
     * ({@code residence.country} among {@code nationalities}) or as a resident ({@code residence.status}
     * one of CA-4-RESIDENT-STATUSES).
     */
    Truth c4Residency() {
        return Truth.and(
                isOneOf("residence.country", country(a), t.list("CA-4-COUNTRIES", d)),
                Truth.or(
                        Inputs.livesInACountryOfNationality(a),
                        isOneOf("residence.status", residenceStatus(a), t.list("CA-4-RESIDENT-STATUSES", d))));
    }

    /** {@code residence.country} equals {@code office}. */
    Truth hostResidence() {
        return Truth.test("residence.country", country(a), c -> c.equals(a.office().name()));
    }

    /**
     * {@code nationalities} includes a nationality the office serves on D; at CO and EC it must not
     * include the office's own country.
     */
    Truth nationality() {
        Truth served = includesOneOf("nationalities", a.nationalities(), t.served(a.office(), d));
        if (a.office() == Office.CO || a.office() == Office.EC) {
            return Truth.and(served, Truth.not(Truth.test("nationalities", a.nationalities(), n -> n.contains(a.office().name()))));
        }
        return served;
    }

    /** {@code residence.arrivalDate} is on or before the office's cutoff. */
    Truth arrivalCutoff() {
        LocalDate cutoff = t.arrivalCutoff(a.office());
        if (cutoff == null) {
            throw new IllegalStateException("PolicyProperties: offices.csv of the rule set under test gives "
                    + a.office() + " no arrivalCutoff, which ACC-ARRIVAL-CUTOFF reads");
        }
        return Truth.test("residence.arrivalDate", Inputs.arrivalDate(a), arrival -> !arrival.isAfter(cutoff));
    }

    /**
     * CR: {@code residence.status} is one of CR-HOST-STATUSES. CO: one of CO-HOST-STATUSES. EC:
     * {@code residence.appliedForRegularization} is true, or {@code residence.status} is one of
     * EC-ASYLUM-STATUSES with {@code residence.asylumRegistrationDate} on or before
     * EC-ASYLUM-REGISTRATION-CUTOFF.
     */
    Truth hostStatus() {
        return switch (a.office()) {
            case CR -> isOneOf("residence.status", residenceStatus(a), t.list("CR-HOST-STATUSES", d));
            case CO -> isOneOf("residence.status", residenceStatus(a), t.list("CO-HOST-STATUSES", d));
            case EC -> {
                LocalDate cutoff = t.date("EC-ASYLUM-REGISTRATION-CUTOFF", d);
                yield Truth.or(
                        Truth.test("residence.appliedForRegularization", Inputs.appliedForRegularization(a), applied -> applied),
                        Truth.and(
                                isOneOf("residence.status", residenceStatus(a), t.list("EC-ASYLUM-STATUSES", d)),
                                Truth.test("residence.asylumRegistrationDate", Inputs.asylumRegistrationDate(a),
                                        registered -> !registered.isAfter(cutoff))));
            }
            case GT -> throw new IllegalStateException("ACC-HOST-STATUS does not apply at GT");
        };
    }
}
