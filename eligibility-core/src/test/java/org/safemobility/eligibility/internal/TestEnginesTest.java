package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A test rule set's version comes from what it was built from, never from its caller. */
class TestEnginesTest {

    private static final String BUNDLED = "safemobility-rules+sha256.0123456789abcdef";

    @Test
    void theVersionIsTheNameAndAHashOfTheBundledVersionAndEveryDrlText() {
        String version = TestEngines.version("tripwire-test", BUNDLED, Map.of("t.drl", "rule \"a\" end"));
        assertTrue(version.matches("tripwire-test\\+sha256\\.[0-9a-f]{16}"), version);
        assertEquals(version, TestEngines.version("tripwire-test", BUNDLED, Map.of("t.drl", "rule \"a\" end")));
        assertNotEquals(version, TestEngines.version("tripwire-test", BUNDLED, Map.of("t.drl", "rule \"b\" end")),
                "another text, another version");
        assertNotEquals(version, TestEngines.version("tripwire-test", BUNDLED, Map.of("u.drl", "rule \"a\" end")),
                "another path, another version");
        assertNotEquals(version, TestEngines.version("tripwire-test", BUNDLED.replace('0', '1'), Map.of("t.drl", "rule \"a\" end")),
                "other bundled files, another version");
    }
}
