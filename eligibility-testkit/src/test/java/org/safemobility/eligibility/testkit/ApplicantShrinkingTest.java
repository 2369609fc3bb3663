package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.I130Status;

/** Shrinking ends at a readable minimal applicant: only the answers the failure needs, at their simplest. */
class ApplicantShrinkingTest {

    /** Deliberately false claims about generated applicants; each failure carries the applicant as JSON. */
    static class FalseClaims {
        @Provide
        Arbitrary<Applicant> applicants() {
            return Applicants.applicants();
        }

        @Property(tries = 1000)
        void nobodyHasAnApprovedPetition(@ForAll("applicants") Applicant applicant) {
            if (applicant.usRelatives() != null && applicant.usRelatives().stream()
                    .anyMatch(r -> r.i130() != null && r.i130().status() == I130Status.APPROVED)) {
                throw new AssertionError(EligibilityJson.writeApplicant(applicant));
            }
        }

        @Property(tries = 1000)
        void nobodyIs30OrOlder(@ForAll("applicants") Applicant applicant) {
            if (applicant.dateOfBirth() != null
                    && Period.between(applicant.dateOfBirth(), applicant.applicationDate()).getYears() >= 30) {
                throw new AssertionError(EligibilityJson.writeApplicant(applicant));
            }
        }
    }

    @Test
    void aFailureAboutPetitionsShrinksToOneRelativeWithOneApprovedPetition() {
        JsonNode applicant = shrunk("nobodyHasAnApprovedPetition");
        assertEquals(Set.of("id", "office", "applicationDate", "usRelatives"), NestedRun.fieldNames(applicant), applicant.toString());
        assertEquals(1, applicant.get("usRelatives").size());
        JsonNode relative = applicant.get("usRelatives").get(0);
        assertEquals(Set.of("relationship", "i130"), NestedRun.fieldNames(relative), "relationship is required");
        assertEquals(Set.of("status"), NestedRun.fieldNames(relative.get("i130")));
        assertEquals("synthetic-aaaaaa", applicant.get("id").textValue());
        assertEquals("GT", applicant.get("office").textValue());
    }

    @Test
    void aFailureAboutAgeShrinksToTheBoundaryBirthday() {
        JsonNode applicant = shrunk("nobodyIs30OrOlder");
        assertEquals(Set.of("id", "office", "applicationDate", "dateOfBirth"), NestedRun.fieldNames(applicant), applicant.toString());
        LocalDate d = LocalDate.parse(applicant.get("applicationDate").textValue());
        assertEquals(d.minusYears(30), LocalDate.parse(applicant.get("dateOfBirth").textValue()),
                "exactly 30 years old on the evaluation date: the smallest age that fails, on the birthday");
    }

    private static JsonNode shrunk(String property) {
        Throwable failure = NestedRun.jqwik(FalseClaims.class).testFailures().get(property);
        return NestedRun.json(failure.getMessage());
    }
}
