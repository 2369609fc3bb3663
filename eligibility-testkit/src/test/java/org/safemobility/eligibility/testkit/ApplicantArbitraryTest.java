package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Office;

/** Every constraint is checked the moment it is given. */
class ApplicantArbitraryTest {

    private final ApplicantArbitrary applicants = Applicants.applicants();

    @Test
    void rejectsConstraintsItCannotHonour() {
        assertThrows(IllegalArgumentException.class, () -> applicants.offices());
        assertThrows(IllegalArgumentException.class, () -> applicants.offices(Office.GT, null));
        assertThrows(IllegalArgumentException.class,
                () -> applicants.evaluatedBetween(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> applicants.evaluatedBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2024, 1, 1)));
        assertThrows(NullPointerException.class, () -> applicants.evaluatedOn(null));
        assertThrows(IllegalArgumentException.class, () -> applicants.nationalitiesFrom());
        assertThrows(IllegalArgumentException.class, () -> applicants.nationalitiesFrom("ve"), "lower case");
        assertThrows(IllegalArgumentException.class, () -> applicants.nationalitiesFrom("XX"), "unassigned");
        assertThrows(IllegalArgumentException.class, () -> applicants.agedBetween(21, 18));
        assertThrows(IllegalArgumentException.class, () -> applicants.agedBetween(-1, 18));
        assertThrows(IllegalArgumentException.class, () -> applicants.partial(0));
        assertThrows(IllegalArgumentException.class, () -> applicants.partial(1));
        assertThrows(IllegalArgumentException.class, () -> applicants.sample(1L, -1));
    }

    @Test
    void aSampleIsTheSameForTheSameSeedAndKeepsTheArbitrarysConstraints() {
        List<Applicant> first = applicants.offices(Office.EC).sample(7L, 50);
        List<Applicant> again = applicants.offices(Office.EC).sample(7L, 50);
        List<Applicant> other = applicants.offices(Office.EC).sample(8L, 50);

        assertEquals(50, first.size());
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertTrue(first.stream().allMatch(a -> a.office() == Office.EC));
        assertEquals(List.of(), applicants.sample(7L, 0));
    }

    @Test
    void constraintsReturnNewArbitrariesAndLeaveTheOriginalAlone() {
        ApplicantArbitrary narrowed = applicants.offices(Office.CR);
        assertTrue(narrowed != applicants);
        assertTrue(applicants.toString().contains("offices=[GT, CR, CO, EC]"), applicants.toString());
        assertTrue(narrowed.toString().contains("offices=[CR]"), narrowed.toString());
    }
}
