package org.safemobility.eligibility.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.testkit.internal.policy.RuleSetTables;

/**
 * The testkit uses only the library's public API, so it checks any engine the same way and can
 * never lean on how the bundled one works inside; and it never exposes Drools. One exception:
 * {@code RuleSetTables} reads the reference tables' rows of the rule set under test (through the
 * internal accessor), so the policy invariants follow the tables of the rules they check.
 */
class TestkitLayeringTest {

    private static final JavaClasses TESTKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility.testkit");

    @Test
    void theTestkitUsesOnlyThePublicApi() {
        noClasses().that().doNotHaveFullyQualifiedName(RuleSetTables.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.safemobility.eligibility.internal..", "org.safemobility.eligibility.facts..",
                        "org.kie..", "org.drools..")
                .check(TESTKIT);
    }
}
