package org.safemobility.eligibility.authoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The analysts' API (linter results, scenarios, impact diff) never exposes Drools, and reaches the
 * engine only through its public API: the DRL compiler and parser stay in {@code internal} and
 * {@code lint}.
 */
class AuthoringLayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility.authoring");

    @Test
    void onlyTheCompilerAndTheLinterUseDrools() {
        noClasses().that().resideOutsideOfPackages(
                        "org.safemobility.eligibility.authoring.internal..", "org.safemobility.eligibility.authoring.lint..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void theDiffAndTheScenarioRunnerUseOnlyThePublicEngineApi() {
        noClasses().that().resideInAnyPackage(
                        "org.safemobility.eligibility.authoring.diff..", "org.safemobility.eligibility.authoring.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.safemobility.eligibility.internal..", "org.safemobility.eligibility.facts..")
                .check(CLASSES);
    }
}
