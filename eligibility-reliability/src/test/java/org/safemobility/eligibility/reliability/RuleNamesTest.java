package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.RuleSetException;

/**
 * Rule names and criterion IDs end up in exception messages and log lines, so a rule set whose
 * rule name or criterion holds a line break (which could split or forge a log line) is refused.
 * (The executable model's compiler fails on such a name by itself; the classic compiler, which a
 * rule set read from a folder would use, does not, so the engine checks.)
 */
class RuleNamesTest {

    @Test
    void aRuleNameWithALineBreakIsRefused() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.classicEngine("line-break-name",
                "org/safemobility/eligibility/reliability/line-break-name.drl"));
        assertEquals(List.of("rule-name: a rule name must be 1 to 200 printable characters, without line breaks",
                "TEST-CRITERION: bad-metadata: @criterion must be 1 to 200 printable characters, without line breaks"),
                e.problems());
    }
}
