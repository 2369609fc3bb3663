package org.safemobility.eligibility.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.ResidenceStatus;

/**
 * The tables of the screening policy 2023.1 (docs/policy/screening-policy.md, sections 2, 4, 5
 * and 9), copied by hand from the policy text and not from the rules' reference files, so that
 * the policy properties are an independent reading. The generator uses them only to aim at
 * interesting answers more often than chance would.
 */
public final class PolicyTables {

    private PolicyTables() {
    }

    /** Section 2: the last day every office registered applications (EO 14163 suspended them from the day after). */
    public static final LocalDate OFFICES_LAST_DAY = LocalDate.of(2025, 1, 26);

    /** Section 2: the first day each office registered applications. */
    public static final Map<Office, LocalDate> OFFICE_OPENS = Map.of(
            Office.GT, LocalDate.of(2023, 6, 12),
            Office.CR, LocalDate.of(2023, 6, 12),
            Office.CO, LocalDate.of(2023, 6, 19),
            Office.EC, LocalDate.of(2023, 10, 18));

    /** Section 2, ACC-ARRIVAL-CUTOFF. */
    public static final Map<Office, LocalDate> ARRIVAL_CUTOFF = Map.of(
            Office.CR, LocalDate.of(2023, 6, 12),
            Office.CO, LocalDate.of(2023, 6, 11),
            Office.EC, LocalDate.of(2023, 10, 18));

    /** Section 2: the served population's nationalities (for GT, the CA-4 countries of residence). */
    public static final Map<Office, List<String>> SERVED = Map.of(
            Office.GT, List.of("GT", "SV", "HN", "NI"),
            Office.CR, List.of("NI", "VE"),
            Office.CO, List.of("CU", "HT", "VE"),
            Office.EC, List.of("CU", "HT", "NI", "VE", "CO"));

    /** Section 2, ACC-C4-RESIDENCY. */
    public static final Set<String> CA4 = Set.of("GT", "SV", "HN", "NI");

    /** Section 2, ACC-HOST-STATUS, and for GT the resident statuses of ACC-C4-RESIDENCY. */
    public static final Map<Office, List<ResidenceStatus>> HOST_STATUSES = Map.of(
            Office.GT, List.of(ResidenceStatus.PERMANENT_RESIDENT, ResidenceStatus.TEMPORARY_RESIDENT),
            Office.CR, List.of(ResidenceStatus.ASYLUM_SEEKER),
            Office.CO, List.of(ResidenceStatus.TEMPORARY_RESIDENT, ResidenceStatus.PERMANENT_RESIDENT,
                    ResidenceStatus.REGULARIZATION_IN_PROCESS),
            Office.EC, List.of(ResidenceStatus.ASYLUM_SEEKER, ResidenceStatus.RECOGNIZED_REFUGEE));

    /** Section 2, ACC-HOST-STATUS for EC. */
    public static final LocalDate EC_ASYLUM_REGISTRATION_CUTOFF = LocalDate.of(2023, 10, 18);

    /** Section 3, REF-LOCATION: in-country processing. */
    public static final Set<String> IN_COUNTRY_REFUGEE_PROCESSING = Set.of("GT", "SV", "HN");

    /** Section 4: FRP nationalities and the first day of their windows; every window ends 2025-12-14. */
    public static final Map<String, LocalDate> FRP_OPENS = Map.of(
            "CO", LocalDate.of(2023, 7, 10), "SV", LocalDate.of(2023, 7, 10),
            "GT", LocalDate.of(2023, 7, 10), "HN", LocalDate.of(2023, 7, 10),
            "CU", LocalDate.of(2023, 8, 11), "HT", LocalDate.of(2023, 8, 11),
            "EC", LocalDate.of(2023, 11, 16));
    public static final LocalDate FRP_LAST_DAY = LocalDate.of(2025, 12, 14);

    /** Section 4, FRP-NO-IRREGULAR-ENTRY. */
    public static final LocalDate FRP_PROCESS_START = LocalDate.of(2023, 7, 10);

    /** Section 5, CAM-PROGRAM-OPEN and CAM-IN-COUNTRY, CAM-QUALIFYING-PARENT. */
    public static final LocalDate CAM_OPENS = LocalDate.of(2021, 3, 15);
    public static final Set<String> CAM_COUNTRIES = Set.of("SV", "GT", "HN");
    public static final LocalDate CAM_PENDING_CUTOFF = LocalDate.of(2023, 4, 11);

    /** Section 9: the H-2 periods; before the first and after the last no list is in force. */
    public static final LocalDate H2_FIRST_DAY = LocalDate.of(2022, 11, 10);
    public static final LocalDate H2_LAST_DAY = LocalDate.of(2025, 11, 7);

    private static final List<String> H2_BASE = List.of(
            "AR", "BR", "CL", "CO", "CR", "DO", "EC", "SV", "GT", "HT", "HN", "JM", "MX", "NI", "PA", "PE", "UY");

    /**
     * Section 9: the H-2A or H-2B eligible countries in force on {@code date} (as far as the
     * policy verified them), or {@code null} when no list is in force.
     */
    public static Set<String> h2Countries(boolean h2a, LocalDate date) {
        if (date.isBefore(H2_FIRST_DAY) || date.isAfter(H2_LAST_DAY)) {
            return null;
        }
        List<String> countries = new ArrayList<>(H2_BASE);
        if (!date.isBefore(LocalDate.of(2023, 11, 9))) {
            countries.add("BO");
        }
        if (!date.isBefore(LocalDate.of(2024, 11, 8))) {
            countries.add("BZ");
        }
        if (h2a) {
            countries.add("PY");
        }
        return Set.copyOf(countries);
    }

    /** Dates where the policy changes its answer; the generator picks D near them more often than chance. */
    public static final List<LocalDate> BOUNDARIES = List.of(
            CAM_OPENS, H2_FIRST_DAY, LocalDate.of(2023, 6, 11), LocalDate.of(2023, 6, 12),
            LocalDate.of(2023, 6, 19), FRP_PROCESS_START, LocalDate.of(2023, 8, 11), LocalDate.of(2023, 10, 18),
            LocalDate.of(2023, 11, 9), LocalDate.of(2023, 11, 16), LocalDate.of(2024, 11, 8), OFFICES_LAST_DAY,
            H2_LAST_DAY, FRP_LAST_DAY);
}
