package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.authoring.scenario.Scenario;

/**
 * Every date boundary of the policy is crossed on both sides by some scenario. The list is the
 * policy's: office windows, arrival cutoffs, FRP windows, the 2023-07-10 entry cutoff, the
 * five-year removal window, the CAM pending cutoff, the H-2 list periods, ages 18 and 21.
 */
class BoundaryCoverageTest {

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("GT opens 2023-06-12", List.of("before", "on")),
            Map.entry("CR opens 2023-06-12", List.of("before", "on")),
            Map.entry("CO opens 2023-06-19", List.of("before", "on")),
            Map.entry("EC opens 2023-10-18", List.of("before", "on")),
            Map.entry("offices last day 2025-01-26", List.of("on", "after")),
            Map.entry("CR arrival cutoff 2023-06-12", List.of("on", "after")),
            Map.entry("CO arrival cutoff 2023-06-11", List.of("on", "after")),
            Map.entry("EC arrival cutoff 2023-10-18", List.of("on", "after")),
            Map.entry("EC asylum registration 2023-10-18", List.of("on", "after")),
            Map.entry("age 18", List.of("before", "on")),
            Map.entry("REF program end 2025-01-26", List.of("on", "after")),
            Map.entry("CAM program start 2021-03-15", List.of("before", "on")),
            Map.entry("CAM program end 2025-01-26", List.of("on", "after")),
            Map.entry("age 21", List.of("before", "on")),
            Map.entry("CAM pending cutoff 2023-04-11", List.of("on", "after")),
            Map.entry("CAM parent age 18", List.of("before", "on")),
            Map.entry("FRP CO-SV-GT-HN opens 2023-07-10", List.of("before", "on")),
            Map.entry("FRP CU-HT opens 2023-08-11", List.of("before", "on")),
            Map.entry("FRP EC opens 2023-11-16", List.of("before", "on")),
            Map.entry("FRP last day 2025-12-14", List.of("on", "after")),
            Map.entry("FRP entry cutoff 2023-07-10", List.of("on", "after")),
            Map.entry("FRP removal five years", List.of("before", "on")),
            Map.entry("FRP passport expiry", List.of("before", "on")),
            Map.entry("H-2 lists start 2022-11-10", List.of("before", "on")),
            Map.entry("H-2 period 2023-11-09", List.of("before", "on")),
            Map.entry("H-2 period 2024-11-08", List.of("before", "on")),
            Map.entry("H-2 lists end 2025-11-07", List.of("on", "after")));

    @Test
    void everyPolicyDateBoundaryIsCrossedOnBothSides() {
        Set<String> labels = new TreeSet<>();
        for (Scenario s : BundledScenarios.all()) {
            if (s.boundary() != null) {
                labels.add(s.boundary());
            }
        }
        List<String> gaps = new ArrayList<>();
        REQUIRED.forEach((id, sides) -> sides.forEach(side -> {
            if (!labels.contains(id + " " + side)) {
                gaps.add(id + " " + side);
            }
        }));
        assertTrue(gaps.isEmpty(), () -> "no scenario on: " + gaps + "\nlabels seen: " + labels);
    }
}
