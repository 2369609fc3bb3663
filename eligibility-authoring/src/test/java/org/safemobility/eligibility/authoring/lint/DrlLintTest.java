package org.safemobility.eligibility.authoring.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.authoring.lint.LintFixtures.where;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.RuleLinter;
import org.safemobility.eligibility.authoring.internal.DrlCompiler;

/**
 * The DRL checks: one fixture per refused construct ({@code lint/<case>/case.drl}, laid over the
 * clean {@code lint/base}), each reported once, with its code, at the line that holds it; and one
 * fixture that uses every allowed construct, lints clean and compiles.
 */
class DrlLintTest {

    @TempDir
    Path dir;

    @Test
    void theBaseFixtureLintsClean() {
        assertEquals(List.of(), RuleLinter.lint(LintFixtures.folder(dir, "base")));
    }

    // The lines are those of the case files: the rule starts on line 5, its annotations on 6 and 7,
    // an added attribute on 8, the pattern on 9 and the consequence on 11 (see the files).
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax                             | case.drl:9: syntax
            forbidden-import                   | case.drl:4: forbidden-import
            forbidden-import-function          | case.drl:4: forbidden-import
            forbidden-call-system              | case.drl:11: forbidden-call
            forbidden-call-runtime             | case.drl:11: forbidden-call
            forbidden-call-processbuilder      | case.drl:11: forbidden-call
            forbidden-call-thread              | case.drl:11: forbidden-call
            forbidden-call-reflection          | case.drl:11: forbidden-call
            forbidden-call-io                  | case.drl:11: forbidden-call
            forbidden-call-network             | case.drl:11: forbidden-call
            forbidden-call-in-constraint       | case.drl:9: forbidden-call
            forbidden-call-clock               | case.drl:11: forbidden-call
            forbidden-call-unicode-escape      | case.drl:11: forbidden-call
            forbidden-eval                     | case.drl:9: forbidden-eval
            forbidden-function                 | case.drl:4: forbidden-function
            forbidden-attribute-date-effective | case.drl:8: forbidden-attribute
            forbidden-attribute-date-expires   | case.drl:8: forbidden-attribute
            forbidden-attribute-timer          | case.drl:8: forbidden-attribute
            forbidden-attribute-calendars      | case.drl:8: forbidden-attribute
            forbidden-attribute-duration       | case.drl:8: forbidden-attribute
            forbidden-attribute-enabled        | case.drl:8: forbidden-attribute
            forbidden-dialect                  | case.drl:8: forbidden-dialect
            forbidden-dialect-package          | case.drl:4: forbidden-dialect
            missing-metadata-citation          | case.drl:5: missing-metadata
            missing-metadata-criterion         | case.drl:5: missing-metadata
            missing-metadata-blank             | case.drl:5: missing-metadata
            unknown-criterion                  | case.drl:6: unknown-criterion
            """)
    void eachRefusedConstructIsReportedAtItsLine(String fixture, String expected) {
        List<Problem> problems = RuleLinter.lint(LintFixtures.folder(dir, fixture));
        assertEquals(List.of(expected), where(problems), problems::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            forbidden-import              | import java.io.File: rules may import only the fact model
            forbidden-import-function     | import function java.lang.System.exit: rules may import only
            forbidden-call-system         | System: reaches the JVM or the operating system
            forbidden-call-runtime        | Runtime: reaches the JVM
            forbidden-call-processbuilder | ProcessBuilder: reaches the JVM
            forbidden-call-thread         | Thread: starts or coordinates threads
            forbidden-call-reflection     | getClass(): reflection
            forbidden-call-io             | java.io.File: rules may name only the fact model and java.time
            forbidden-call-network        | java.net.Socket: rules may name only
            forbidden-call-in-constraint  | System: reaches the JVM
            forbidden-call-clock          | LocalDate.now(): reads the wall clock
            forbidden-call-unicode-escape | System: reaches the JVM
            forbidden-function            | function adult: helper code belongs in the fact model
            forbidden-attribute-timer     | rule "CASE": timer fires the rule by the wall clock
            forbidden-dialect-package     | package: dialect mvel: rules are written in Java
            missing-metadata-citation     | rule "CASE" needs @citation
            missing-metadata-criterion    | rule "CASE" needs @criterion("<criterion ID>") or, for a derived fact, @derives
            unknown-criterion             | rule "CASE" decides ACC-HEIGHT, which criteria.csv does not list
            """)
    void theMessageNamesWhatIsRefused(String fixture, String start) {
        Problem problem = RuleLinter.lint(LintFixtures.folder(dir, fixture)).get(0);
        assertTrue(problem.message().startsWith(start), problem::toString);
    }

    @Test
    void aSyntaxErrorKeepsTheParsersWordsAndColumn() {
        Problem problem = RuleLinter.lint(LintFixtures.folder(dir, "syntax")).get(0);
        // "    $s : Screening( office == )": the parser stops at the ')' in column 30 (0-based)
        assertEquals("case.drl:9: syntax: column 30: no viable alternative at input ')' in rule \"CASE\"",
                problem.toString());
    }

    @Test
    void theAllowedFixtureUsesEveryAllowedConstructLintsCleanAndCompiles() throws Exception {
        Path folder = LintFixtures.folder(dir, "allowed");

        assertEquals(List.of(), RuleLinter.lint(folder));

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (String drl : List.of("base.drl", "allowed.drl")) {
            var resource = ResourceFactory.newByteArrayResource(Files.readAllBytes(folder.resolve(drl)));
            resource.setSourcePath(drl);
            builder.add(resource, ResourceType.DRL);
        }
        assertEquals(List.of(), DrlCompiler.compileErrors(builder));
    }

    @Test
    void aRefusedConstructInTheAllowedFixtureWouldBeFound() {
        // the clean result above means something only if the same file, with one refused line, fails
        Path folder = LintFixtures.folder(dir, "allowed");
        LintFixtures.replace(folder.resolve("allowed.drl"), "    insert(new Registered($s));",
                "    insert(new Registered($s)); Thread.yield();");

        assertEquals(List.of("allowed.drl:36: forbidden-call"), where(RuleLinter.lint(folder)));
    }
}
