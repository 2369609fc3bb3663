package org.safemobility.eligibility.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.architecture.SealedApi;

/**
 * The testkit's side of the sealed API's fence (core's {@link SealedApi}); that it uses no Drools
 * at all is {@link TestkitLayeringTest}'s.
 */
class TestkitSealedApiTest {

    private static final JavaClasses TESTKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility.testkit");

    @Test
    void everyPublicTypeOfInternalIsMarkedInternal() {
        SealedApi.internalTypesAreMarkedInternal(java.util.Set.of()).check(TESTKIT);
    }

    @Test
    void theApiExposesNoInternalOrDroolsType() {
        SealedApi.apiSignaturesExposeNoInternalOrDroolsType().check(TESTKIT);
    }
}
