package org.safemobility.eligibility.authoring.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.architecture.SealedApi;

/** Authoring's side of the sealed API's fence (core's {@link SealedApi}). */
class AuthoringSealedApiTest {

    private static final JavaClasses AUTHORING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility.authoring");

    @Test
    void everyPublicTypeOfInternalIsMarkedInternal() {
        SealedApi.internalTypesAreMarkedInternal(Set.of()).check(AUTHORING);
    }

    @Test
    void theApiExposesNoInternalOrDroolsType() {
        SealedApi.apiSignaturesExposeNoInternalOrDroolsType().check(AUTHORING);
    }

    /**
     * The compiler service builds the knowledge base of a rules folder; the linter parses DRL with
     * Drools' parser (in a package-private class, so no parser type leaves it). Nothing else of
     * authoring touches Drools.
     */
    @Test
    void onlyTheCompilerAndTheLintersParserUseDrools() {
        SealedApi.onlyTheseUseDrools(Set.of(),
                Set.of("org.safemobility.eligibility.authoring.internal.DrlCompiler",
                        "org.safemobility.eligibility.authoring.lint.DrlCheck"),
                "the compiler service compiles a folder's DRL, the linter parses it").check(AUTHORING);
    }
}
