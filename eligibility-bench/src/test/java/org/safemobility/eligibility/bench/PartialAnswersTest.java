package org.safemobility.eligibility.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;

/** The interview benchmark's applicants: valid, varied from nearly blank to complete, repeatable. */
class PartialAnswersTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    @Test
    void completeApplicantsHaveEveryTopLevelAnswer() {
        for (Applicant a : Population.complete(5, 500)) {
            assertNotNull(a.dateOfBirth());
            assertNotNull(a.nationalities());
            assertNotNull(a.maritalStatus());
            assertNotNull(a.residence().country());
            assertNotNull(a.protection().grounds());
            assertNotNull(a.passportExpiryDate());
            assertNotNull(a.usRelatives());
            assertNotNull(a.usHistory().removalOrderDates());
            assertNotNull(a.employment().jobOffers());
        }
    }

    @Test
    void theSameSeedGivesTheSameInterviews() {
        assertEquals(PartialAnswers.of(11, 200), PartialAnswers.of(11, 200));
    }

    @Test
    void interviewsRangeFromEarlyToLateAndAreValid() {
        EligibilityEngine engine = EligibilityEngine.builder().build();
        List<PartialAnswers> interviews = PartialAnswers.of(20261212L, 1_000);
        int withoutBirthDate = 0;
        int withBirthDate = 0;
        int declining = 0;
        for (PartialAnswers i : interviews) {
            assertEquals(List.of(), engine.validate(i.answers(), AS_OF), i.answers().id());
            assertNotNull(i.answers().office(), "never blanked");
            assertNotNull(i.answers().applicationDate(), "never blanked");
            if (i.answers().dateOfBirth() == null) {
                withoutBirthDate++;
            } else {
                withBirthDate++;
            }
            if (!i.declined().isEmpty()) {
                declining++;
            }
            if (i.declined().contains("dateOfBirth")) {
                assertNull(i.answers().dateOfBirth(), "only a blanked answer is declined");
            }
        }
        // the blanking rate is uniform on [0, 1): about half of each, a tenth of blanks declined
        assertTrue(withoutBirthDate > 350 && withBirthDate > 350, withoutBirthDate + " / " + withBirthDate);
        assertTrue(declining > 100 && declining < 900, "declining: " + declining);
    }
}
