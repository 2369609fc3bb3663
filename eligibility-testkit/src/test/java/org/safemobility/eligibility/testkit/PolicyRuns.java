package org.safemobility.eligibility.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Property;
import net.jqwik.api.RandomGenerator;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Runs every {@link PolicyProperties} property against an engine the plain way: the same
 * generated applicants (the provider of {@link RulesUnderTest#testkitApplicants()}, from a fixed seed) are
 * handed to each property method, and the failures are collected, with no shrinking. Cheap enough
 * to judge a dozen rule sets in a test; the jqwik run of the same properties is
 * {@code FolderRulesProperties}.
 */
final class PolicyRuns {

    private PolicyRuns() {
    }

    /**
     * The policy properties with {@code engine} under test. Each applicant is screened once and
     * its report handed to every property (an engine is deterministic; StockProperties checks it).
     */
    static PolicyProperties against(EligibilityEngine engine) {
        return against(engine, null);
    }

    /** As {@link #against(EligibilityEngine)}, over {@code applicants} instead of the generator's default. */
    static PolicyProperties against(EligibilityEngine engine, Arbitrary<Applicant> applicants) {
        Map<Applicant, EligibilityReport> reports = new IdentityHashMap<>();
        return new PolicyProperties() {
            @Override
            public EligibilityEngine engine() {
                return engine;
            }

            @Override
            public Arbitrary<Applicant> applicants() {
                return applicants == null ? PolicyProperties.super.applicants() : applicants;
            }

            @Override
            public EligibilityReport screen(Applicant applicant) {
                return reports.computeIfAbsent(applicant, PolicyProperties.super::screen);
            }
        };
    }

    /** The properties' methods, in name order. */
    static List<Method> properties() {
        return Arrays.stream(PolicyProperties.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Property.class))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    /**
     * {@code tries} applicants of {@code properties.testkitApplicants()} (the provider the
     * properties use: aimed at the tables of the engine under test), the same for the same seed.
     */
    static List<Applicant> applicants(RulesUnderTest properties, int tries, long seed) {
        Arbitrary<Applicant> arbitrary = properties.testkitApplicants();
        RandomGenerator<Applicant> generator = arbitrary.generator(tries);
        Random random = new Random(seed);
        List<Applicant> out = new ArrayList<>(tries);
        for (int i = 0; i < tries; i++) {
            out.add(generator.next(random).value());
        }
        return out;
    }

    /** Each property that failed for some of the applicants, with its counterexamples (unshrunk). */
    static Map<String, List<Counterexample>> failures(PolicyProperties properties, List<Applicant> applicants) {
        Map<String, List<Counterexample>> out = new LinkedHashMap<>();
        for (Method property : properties()) {
            for (Applicant applicant : applicants) {
                try {
                    property.invoke(properties, applicant);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof Counterexample c) {
                        out.computeIfAbsent(property.getName(), k -> new ArrayList<>()).add(c);
                        continue;
                    }
                    throw new AssertionError(property.getName() + " threw " + e.getCause(), e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }
}
