package org.safemobility.eligibility.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Core's side of the sealed API's fence ({@link SealedApi}). */
class SealedApiTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safemobility.eligibility");

    @Test
    void everyPublicTypeOfInternalAndFactsIsMarkedInternal() {
        SealedApi.internalTypesAreMarkedInternal(Set.of()).check(CORE);
    }

    @Test
    void theApiExposesNoInternalOrDroolsType() {
        SealedApi.apiSignaturesExposeNoInternalOrDroolsType().check(CORE);
    }

    /**
     * The engine wrapper runs Drools. Of the fact model, only the two types the generated rules hand
     * a Drools object to may name one: {@code Verdicts.conclude(kcontext, ...)} takes the rule
     * context, to label a conclusion with the rule that drew it, and {@code RuleLabel.of(Rule)}
     * reads (and, at build, keeps) that rule's metadata.
     */
    @Test
    void onlyTheEngineWrapperAndTheRulesEntryPointsUseDrools() {
        SealedApi.onlyTheseUseDrools(Set.of("org.safemobility.eligibility.internal"),
                Set.of("org.safemobility.eligibility.facts.Verdicts", "org.safemobility.eligibility.facts.RuleLabel"),
                "the engine wrapper runs the rules; the generated rules give Verdicts their kcontext and RuleLabel their Rule")
                .check(CORE);
    }
}
