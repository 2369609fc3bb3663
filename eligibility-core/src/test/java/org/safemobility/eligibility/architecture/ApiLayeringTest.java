package org.safemobility.eligibility.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The public API never depends on Drools, and the model and report stand alone. (Which classes may
 * use Drools, and what the API's signatures may name: {@link SealedApiTest}.)
 */
class ApiLayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility");

    @Test
    void apiPackagesDoNotDependOnDrools() {
        noClasses().that().resideInAnyPackage(
                        "org.safemobility.eligibility",
                        "org.safemobility.eligibility.model..",
                        "org.safemobility.eligibility.report..",
                        "org.safemobility.eligibility.json..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void modelAndReportDependOnNothingButTheJdkAndEachOther() {
        noClasses().that().resideInAnyPackage("org.safemobility.eligibility.model..", "org.safemobility.eligibility.report..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.safemobility.eligibility.internal..", "org.safemobility.eligibility.facts..",
                        "com.fasterxml..", "org.slf4j..")
                .check(CLASSES);
    }
}
