package org.safemobility.eligibility.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The input-boundary work of issue 13 rewrites these files on another branch; they are marked
     * when it is merged, and leave this list then ({@link #theTypesStillToMarkAreUnmarked} says when).
     */
    private static final Set<String> NOT_YET_MARKED = Set.of(
            "org.safemobility.eligibility.internal.ApplicantJson",
            "org.safemobility.eligibility.internal.ApplicantReader",
            "org.safemobility.eligibility.internal.ApplicantValidator",
            "org.safemobility.eligibility.internal.Json",
            "org.safemobility.eligibility.internal.Limits",
            "org.safemobility.eligibility.internal.ReferenceTables");

    @Test
    void everyPublicTypeOfInternalAndFactsIsMarkedInternal() {
        SealedApi.internalTypesAreMarkedInternal(NOT_YET_MARKED).check(CORE);
    }

    /** A type of the list above that is marked (or gone) must leave the list, so that it is fenced again. */
    @Test
    void theTypesStillToMarkAreUnmarked() {
        for (String name : NOT_YET_MARKED) {
            assertTrue(CORE.contain(name), name + " is gone: take it off NOT_YET_MARKED");
            assertFalse(SealedApi.MARKED_INTERNAL.test(CORE.get(name)), name + " is marked: take it off NOT_YET_MARKED");
        }
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
