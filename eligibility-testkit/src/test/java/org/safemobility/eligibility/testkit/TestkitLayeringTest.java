package org.safemobility.eligibility.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The testkit uses only the library's public API, so it checks any engine the same way and can
 * never lean on how the bundled one works inside; and it never exposes Drools. One exception: it
 * reads the rule set's reference tables (the read-only {@code ReferenceData} view, reached through
 * {@code EngineAccess}, or the bundled rules' tables), because the generator aims at the values of
 * the rules under test, not at a copy of them in Java.
 */
class TestkitLayeringTest {

    private static final JavaClasses TESTKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility.testkit");

    /** The reference-data view and the ways to reach it. */
    private static final Set<String> REFERENCE_VIEW = Set.of(
            "org.safemobility.eligibility.facts.ReferenceData",
            "org.safemobility.eligibility.facts.PolicyValueKind",
            "org.safemobility.eligibility.facts.ValueList",
            "org.safemobility.eligibility.internal.EngineAccess",
            "org.safemobility.eligibility.internal.RuleSet",
            "org.safemobility.eligibility.internal.RuleSetFiles",
            "org.safemobility.eligibility.internal.ReferenceTables");

    private static final DescribedPredicate<JavaClass> THE_REFERENCE_VIEW = DescribedPredicate.describe(
            "the reference-data view", c -> REFERENCE_VIEW.contains(c.getName())
                    || REFERENCE_VIEW.stream().anyMatch(name -> c.getName().startsWith(name + "$")));

    @Test
    void theTestkitUsesOnlyThePublicApiAndTheReferenceTables() {
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                                "org.safemobility.eligibility.internal..", "org.safemobility.eligibility.facts..")
                        .and(DescribedPredicate.not(THE_REFERENCE_VIEW)))
                .check(TESTKIT);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..").check(TESTKIT);
    }
}
