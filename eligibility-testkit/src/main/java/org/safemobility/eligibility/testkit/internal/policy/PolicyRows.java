package org.safemobility.eligibility.testkit.internal.policy;

import java.util.Map;

/**
 * The row of the screening policy each criterion comes from, for failure messages: a tester reads
 * what the policy says next to what the report says. Names in capitals are the rule set's
 * reference tables and policy-values.csv entries the invariants read.
 */
final class PolicyRows {

    private PolicyRows() {
    }

    private static final Map<String, String> ROWS = Map.ofEntries(
            Map.entry("ACC-OFFICE-OPEN", "section 2: `office` registers applications on D (offices.csv)"),
            Map.entry("ACC-AGE", "section 2: age on D is ADULT-AGE (18) or more"),
            Map.entry("ACC-C4-RESIDENCY", "section 2: `residence.country` is one of CA-4-COUNTRIES, and (`residence.country` is among"
                    + " `nationalities` or `residence.status` is one of CA-4-RESIDENT-STATUSES)"),
            Map.entry("ACC-HOST-RESIDENCE", "section 2: `residence.country` equals `office`"),
            Map.entry("ACC-NATIONALITY", "section 2: `nationalities` includes a nationality the office serves on D"
                    + " (served-nationalities.csv); for CO and EC, `nationalities` must not include `office`"),
            Map.entry("ACC-ARRIVAL-CUTOFF", "section 2: `residence.arrivalDate` is on or before the office's cutoff (offices.csv)"),
            Map.entry("ACC-HOST-STATUS", "section 2: CR: `residence.status` is one of CR-HOST-STATUSES; CO: one of CO-HOST-STATUSES;"
                    + " EC: `residence.appliedForRegularization` is true, or `residence.status` is one of EC-ASYLUM-STATUSES with"
                    + " `residence.asylumRegistrationDate` on or before EC-ASYLUM-REGISTRATION-CUTOFF"),
            Map.entry("SMO-ACCESS", "sections 1 and 2: MET when access is ELIGIBLE, NOT_MET when NOT_ELIGIBLE, UNKNOWN when"
                    + " POSSIBLY_ELIGIBLE (the Kleene AND of the access criteria)"),
            Map.entry("REF-PROGRAM-OPEN", "section 3: D is in the REFUGEE_RESETTLEMENT window (program-windows.csv)"),
            Map.entry("REF-PERSECUTION", "section 3: `protection.pastPersecution` is true or `protection.fearOfPersecution` is true"),
            Map.entry("REF-NEXUS", "section 3: `protection.grounds` includes at least one of PROTECTED-GROUNDS"),
            Map.entry("REF-LOCATION", "section 3: `residence.country` is not among `nationalities`, or `residence.country` is one of"
                    + " IN-COUNTRY-PROCESSING (an empty `nationalities` makes it MET)"),
            Map.entry("REF-NOT-PERSECUTOR", "section 3: `protection.participatedInPersecution` is false"),
            Map.entry("REF-NOT-FIRMLY-RESETTLED", "section 3: `protection.firmResettlementOffer` is false, and not (`residence.status`"
                    + " is PERMANENT_RESIDENT and `residence.country` is not among `nationalities`)"),
            Map.entry("REF-SECURITY", "section 3: `protection.securityConcerns` is known and empty"),
            Map.entry("FRP-NATIONALITY", "section 4: the principal nationality (own `nationalities` when `i130.role` is PRINCIPAL,"
                    + " `i130.principalNationality` when DERIVATIVE) has a process in frp-windows.csv; per petition"),
            Map.entry("FRP-PROCESS-OPEN", "section 4: D lies in the frp-windows.csv window of (one of) the principal nationalities;"
                    + " per petition"),
            Map.entry("FRP-PETITIONER", "section 4: the petitioning relative's `status` is one of FRP-PETITIONER-STATUSES; per petition"),
            Map.entry("FRP-I130-APPROVED", "section 4: `i130.status` is APPROVED; per petition"),
            Map.entry("FRP-PREFERENCE-CATEGORY", "section 4: `i130.category` is one of FRP-PREFERENCE-CATEGORIES; per petition"),
            Map.entry("FRP-INVITATION", "section 4: `frpInvitation` of the petitioning relative is true; per petition"),
            Map.entry("FRP-NO-IMMIGRANT-VISA", "section 4: `usHistory.immigrantVisaIssued` is false"),
            Map.entry("FRP-PASSPORT", "section 4: `passportExpiryDate` is on or after D"),
            Map.entry("FRP-NO-IRREGULAR-ENTRY", "section 4: no date in `usHistory.irregularEntryDates` or `usHistory.interdictionDates`"
                    + " is after FRP-IRREGULAR-ENTRY-CUTOFF"),
            Map.entry("FRP-NO-RECENT-REMOVAL", "section 4: no date in `usHistory.removalOrderDates` is on or after the date"
                    + " FRP-REMOVAL-LOOKBACK-YEARS (5) years before D"),
            Map.entry("CAM-PROGRAM-OPEN", "section 5: D is in the CENTRAL_AMERICAN_MINORS window (program-windows.csv)"),
            Map.entry("CAM-AGE", "section 5: age on D is under CAM-AGE-LIMIT (21)"),
            Map.entry("CAM-UNMARRIED", "section 5: `maritalStatus` is not MARRIED"),
            Map.entry("CAM-IN-COUNTRY", "section 5: `residence.country` is one of CAM-COUNTRIES and is among `nationalities`"),
            Map.entry("CAM-QUALIFYING-PARENT", "section 5: some `usRelatives` entry has `relationship` in CAM-PARENT-RELATIONSHIPS,"
                    + " is CAM-PARENT-MIN-AGE or older on D, and has `status` in CAM-PARENT-STATUSES, or `status` in"
                    + " CAM-PENDING-STATUSES with `pendingSince` on or before CAM-PENDING-CUTOFF"),
            Map.entry("H1B-JOB-OFFER", "section 6: `jobOffer.kind` is one of H1B-JOB-KINDS and `jobOffer.usEmployer` is true; per offer"),
            Map.entry("H1B-QUALIFICATION", "section 6: `employment.education` is one of H1B-DEGREES, or (ASSOCIATE: H1B-ASSOCIATE-YEARS,"
                    + " else 0) + `employment.experienceYears` / H1B-EXPERIENCE-YEARS-PER-YEAR reaches H1B-DEGREE-YEARS"),
            Map.entry("H1B-CAP", "section 6: `jobOffer.capExempt` is true or `jobOffer.capSelected` is true; per offer"),
            Map.entry("H2A-JOB-OFFER", "section 7: `jobOffer.kind` is one of H2A-JOB-KINDS, `temporaryNeed` one of H2-TEMPORARY-NEEDS,"
                    + " and `durationMonths` at most H2-MAX-DURATION-MONTHS; per offer"),
            Map.entry("H2A-LABOR-CERTIFICATION", "section 7: `jobOffer.laborCertification` is APPROVED (PENDING is UNKNOWN with"
                    + " nothing missing); per offer"),
            Map.entry("H2A-NATIONALITY", "section 7: some nationality is on the H2A list in force on D (h2-periods.csv,"
                    + " h2-countries.csv); with no list in force, UNKNOWN with nothing missing"),
            Map.entry("H2B-JOB-OFFER", "section 8: `jobOffer.kind` is one of H2B-JOB-KINDS, `temporaryNeed` one of H2-TEMPORARY-NEEDS,"
                    + " and `durationMonths` at most H2-MAX-DURATION-MONTHS; per offer"),
            Map.entry("H2B-LABOR-CERTIFICATION", "section 8: as H2A-LABOR-CERTIFICATION; per offer"),
            Map.entry("H2B-NATIONALITY", "section 8: some nationality is on the H2B list in force on D; with no list in force,"
                    + " UNKNOWN with nothing missing"));

    /** "section N: the row", or a note that the policy has no such criterion. */
    static String of(String criterion) {
        return ROWS.getOrDefault(criterion, "not a criterion of the screening policy 2023.1");
    }
}
