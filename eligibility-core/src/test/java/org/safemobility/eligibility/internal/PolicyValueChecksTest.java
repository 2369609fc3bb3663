package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.facts.PolicyValueKind;
import org.safemobility.eligibility.facts.ReferenceData.PolicyValueRow;

/** The engine's own guard: a date or a number has exactly one row in force on every day. */
class PolicyValueChecksTest {

    private static PolicyValueRow age(int value, LocalDate from, LocalDate to) {
        return new PolicyValueRow("AGE", PolicyValueKind.NUMBER, value, from, to, "t");
    }

    @Test
    void oneRowOpenAtBothEndsOrContiguousRowsPass() {
        assertEquals(List.of(), PolicyValueChecks.check(List.of(age(18, LocalDate.MIN, LocalDate.MAX))));
        assertEquals(List.of(), PolicyValueChecks.check(List.of(
                age(17, LocalDate.of(2025, 1, 1), LocalDate.MAX), age(18, LocalDate.MIN, LocalDate.of(2024, 12, 31)))));
    }

    @Test
    void aGapAnOverlapOrAnOpenEndIsRefused() {
        String prefix = "reference/policy-values.csv:0: bad-row: AGE is a number, so exactly one of its rows must be in force on every day: ";
        assertEquals(List.of(prefix + "none is in force from 2024-12-31 to 2024-12-31"), PolicyValueChecks.check(List.of(
                age(18, LocalDate.MIN, LocalDate.of(2024, 12, 30)), age(17, LocalDate.of(2025, 1, 1), LocalDate.MAX))));
        assertEquals(List.of(prefix + "two are in force on 2024-12-31"), PolicyValueChecks.check(List.of(
                age(18, LocalDate.MIN, LocalDate.of(2024, 12, 31)), age(17, LocalDate.of(2024, 12, 31), LocalDate.MAX))));
        assertEquals(List.of(prefix + "none is in force from the beginning to 2023-12-31"),
                PolicyValueChecks.check(List.of(age(18, LocalDate.of(2024, 1, 1), LocalDate.MAX))));
        assertEquals(List.of(prefix + "none is in force from 2025-01-01 on"),
                PolicyValueChecks.check(List.of(age(18, LocalDate.MIN, LocalDate.of(2024, 12, 31)))));
        assertEquals(List.of(prefix + "two are in force on 2025-01-01"), PolicyValueChecks.check(List.of(
                age(18, LocalDate.MIN, LocalDate.MAX), age(17, LocalDate.of(2025, 1, 1), LocalDate.MAX))));
    }

    @Test
    void listsMayHaveGaps() {
        PolicyValueRow one = new PolicyValueRow("L", PolicyValueKind.COUNTRY, "GT", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 1), "t");
        assertEquals(List.of(), PolicyValueChecks.check(List.of(one)));
    }
}
