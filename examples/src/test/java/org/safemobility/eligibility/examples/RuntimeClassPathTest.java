package org.safemobility.eligibility.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieServices;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * This module depends on {@code eligibility-rules} as an application would, and its tests bring no
 * Drools jar of their own: the class path here is the one an embedding service gets. Nothing
 * compiles at run time, so no compiler is on it, and the bundled engine still loads and screens.
 */
class RuntimeClassPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "org.drools.compiler.kie.builder.impl.KieServicesImpl",      // drools-compiler
            "org.drools.compiler.builder.impl.KnowledgeBuilderImpl",     // drools-compiler: the DRL knowledge builder
            "org.drools.drl.ast.descr.PackageDescr",                     // drools-drl-ast
            "org.drools.model.codegen.ExecutableModelProject",           // drools-model-codegen
            "org.drools.drl.parser.DrlParser",                            // drools-drl-parser
            "org.eclipse.jdt.internal.compiler.Compiler",                // ecj
            "org.kie.util.maven.support.ReleaseIdImpl",                  // kie-util-maven-support
            "org.drools.commands.fluent.ExecutableBuilderImpl",          // drools-commands
            "org.mvel2.MVEL"})                                           // the classic MVEL runtime
    void noCompilerIsOnTheRuntimeClassPath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className, false, getClass().getClassLoader()));
    }

    @Test
    void theBundledEngineScreensWithoutKieServices() {
        // KieServices' implementation is drools-compiler's: the engine builds its knowledge base without it
        assertNull(KieServices.get());
        EligibilityEngine engine = EligibilityEngine.builder().build();

        EligibilityReport report = engine.evaluate(EligibilityJson.readApplicant(EmbeddingExample.APPLICANT), LocalDate.of(2023, 8, 15));

        // the embedding example's applicant: a Nicaraguan asylum seeker in Costa Rica, 23, arrived
        // before 2023-06-12; refugee resettlement is possible, CAM is closed to a 23-year-old
        List<Status> statuses = report.pathways().stream().map(PathwayResult::status).toList();
        assertEquals(Status.POSSIBLY_ELIGIBLE, statuses.get(0));
        assertEquals(Status.NOT_ELIGIBLE, statuses.get(2));
    }
}
