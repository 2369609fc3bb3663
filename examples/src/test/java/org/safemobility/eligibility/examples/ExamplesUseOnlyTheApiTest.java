package org.safemobility.eligibility.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.architecture.SealedApi;

/**
 * The examples are what an application copies, so they (and their tests, which show how to test
 * rules with the testkit) use the API only: no type marked {@code @API(status = INTERNAL)}, nothing
 * of an internal package.
 */
class ExamplesUseOnlyTheApiTest {

    private static final JavaClasses EXAMPLES = new ClassFileImporter()
            .importPackages("org.safemobility.eligibility.examples");

    @Test
    void theExamplesUseNoInternalType() {
        SealedApi.usesNoInternalType().check(EXAMPLES);
    }
}
