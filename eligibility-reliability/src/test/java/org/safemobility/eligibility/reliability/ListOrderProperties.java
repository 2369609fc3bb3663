package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.UsHistory;

/**
 * Lists whose order means nothing (nationalities, protection grounds and security concerns, the
 * dates of U.S. history) can come in any order: the report is byte-identical. (usRelatives and
 * jobOffers are positional: the report names them by index; their order never changes a status,
 * which EngineProperties in the rules module checks.)
 */
class ListOrderProperties {

    private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();

    @Provide
    Arbitrary<Applicant> applicants() {
        return ApplicantArbitraries.partial();
    }

    @Property(tries = 300)
    void setLikeListsInAnyOrderGiveTheSameBytes(@ForAll("applicants") Applicant a, @ForAll long seed) {
        Random random = new Random(seed);
        Protection p = a.protection();
        UsHistory h = a.usHistory();
        Applicant shuffled = new Applicant(a.id(), a.office(), a.applicationDate(), a.dateOfBirth(),
                shuffle(a.nationalities(), random), a.maritalStatus(), a.residence(),
                p == null ? null : new Protection(p.pastPersecution(), p.fearOfPersecution(), shuffle(p.grounds(), random),
                        p.participatedInPersecution(), p.firmResettlementOffer(), shuffle(p.securityConcerns(), random)),
                a.passportExpiryDate(), a.usRelatives(),
                h == null ? null : new UsHistory(h.immigrantVisaIssued(), shuffle(h.irregularEntryDates(), random),
                        shuffle(h.interdictionDates(), random), shuffle(h.removalOrderDates(), random)),
                a.employment());
        assertEquals(EligibilityJson.writeReport(ENGINE.evaluate(a)), EligibilityJson.writeReport(ENGINE.evaluate(shuffled)));
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        if (list == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

}
