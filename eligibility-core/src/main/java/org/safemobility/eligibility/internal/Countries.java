package org.safemobility.eligibility.internal;

import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/** ISO 3166-1 alpha-2 codes that are assigned to a country today (as the JDK knows them). */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Countries {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static boolean isAssigned(String code) {
        return code != null && ASSIGNED.contains(code);
    }
}
