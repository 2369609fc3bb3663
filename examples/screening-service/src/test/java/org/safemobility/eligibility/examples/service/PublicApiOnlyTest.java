package org.safemobility.eligibility.examples.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The example uses the library as any team would: its public API only, never its internals or the rules' fact model. */
class PublicApiOnlyTest {

    @Test
    void theServiceUsesOnlyThePublicApi() {
        JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.safemobility.eligibility.examples.service");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.safemobility.eligibility.internal..", "org.safemobility.eligibility.facts..")
                .because("the example shows how to embed the library through its public API")
                .check(service);
    }
}
