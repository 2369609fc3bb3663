package org.safemobility.eligibility.testkit.internal.policy;

import static org.safemobility.eligibility.testkit.internal.policy.Inputs.country;
import static org.safemobility.eligibility.testkit.internal.policy.Inputs.isOneOf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.ResidenceStatus;

/** Section 3, REFUGEE_RESETTLEMENT: one method per row, after SMO-ACCESS. */
final class RefugeeCriteria {

    private final Applicant a;
    private final LocalDate d;
    private final RuleSetTables t;
    private final Protection p;

    private RefugeeCriteria(Applicant a, LocalDate d, RuleSetTables t) {
        this.a = a;
        this.d = d;
        this.t = t;
        this.p = Inputs.protection(a);
    }

    static Map<String, Truth> of(Applicant a, LocalDate d, RuleSetTables t, Truth access) {
        RefugeeCriteria c = new RefugeeCriteria(a, d, t);
        Map<String, Truth> out = new LinkedHashMap<>();
        out.put("SMO-ACCESS", access);
        out.put("REF-PROGRAM-OPEN", c.programOpen());
        out.put("REF-PERSECUTION", c.persecution());
        out.put("REF-NEXUS", c.nexus());
        out.put("REF-LOCATION", c.location());
        out.put("REF-NOT-PERSECUTOR", c.notPersecutor());
        out.put("REF-NOT-FIRMLY-RESETTLED", c.notFirmlyResettled());
        out.put("REF-SECURITY", c.security());
        return out;
    }

    /** D is in the refugee program's window (program-windows.csv; suspended from 2025-01-27). */
    Truth programOpen() {
        return Truth.of(t.programOpen("REFUGEE_RESETTLEMENT", d));
    }

    /** {@code protection.pastPersecution} is true or {@code protection.fearOfPersecution} is true. */
    Truth persecution() {
        return Truth.or(
                Truth.test("protection.pastPersecution", p.pastPersecution(), past -> past),
                Truth.test("protection.fearOfPersecution", p.fearOfPersecution(), fear -> fear));
    }

    /** {@code protection.grounds} includes at least one of PROTECTED-GROUNDS. */
    Truth nexus() {
        return Inputs.includesOneOf("protection.grounds", p.grounds(), t.list("PROTECTED-GROUNDS", d));
    }

    /**
     * {@code residence.country} is not among {@code nationalities}, or {@code residence.country} is one
     * of IN-COUNTRY-PROCESSING.
     */
    Truth location() {
        return Truth.or(
                Truth.not(Inputs.livesInACountryOfNationality(a)),
                isOneOf("residence.country", country(a), t.list("IN-COUNTRY-PROCESSING", d)));
    }

    /** {@code protection.participatedInPersecution} is false. */
    Truth notPersecutor() {
        return Truth.test("protection.participatedInPersecution", p.participatedInPersecution(), participated -> !participated);
    }

    /**
     * {@code protection.firmResettlementOffer} is false, and the applicant is not a
     * PERMANENT_RESIDENT of a country of which they are not a national.
     */
    Truth notFirmlyResettled() {
        return Truth.and(
                Truth.test("protection.firmResettlementOffer", p.firmResettlementOffer(), offer -> !offer),
                Truth.not(Truth.and(
                        Truth.test("residence.status", Inputs.residenceStatus(a), s -> s == ResidenceStatus.PERMANENT_RESIDENT),
                        Truth.not(Inputs.livesInACountryOfNationality(a)))));
    }

    /** {@code protection.securityConcerns} is known and empty. */
    Truth security() {
        return Truth.test("protection.securityConcerns", p.securityConcerns(), concerns -> concerns.isEmpty());
    }
}
