package org.safemobility.eligibility.authoring.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The impact diff and the scenario runner reach the engine only through its public API. (Which
 * classes may use Drools, and what the API's signatures may name: {@link AuthoringSealedApiTest}.)
 */
class AuthoringLayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility.authoring");

    @Test
    void theDiffAndTheScenarioRunnerUseOnlyThePublicEngineApi() {
        noClasses().that().resideInAnyPackage(
                        "org.safemobility.eligibility.authoring.diff..", "org.safemobility.eligibility.authoring.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.safemobility.eligibility.internal..", "org.safemobility.eligibility.facts..")
                .check(CLASSES);
    }
}
