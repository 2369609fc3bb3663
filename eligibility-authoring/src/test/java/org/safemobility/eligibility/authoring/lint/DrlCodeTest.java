package org.safemobility.eligibility.authoring.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.authoring.Problem;

/**
 * How the code of a rule is read: what counts as code (and is checked) and what does not (strings,
 * comments, names). Each text is one rule whose consequence is line 8.
 */
class DrlCodeTest {

    private static final String RULE = """
            package org.safemobility.eligibility.rules;
            import org.safemobility.eligibility.facts.*;
            rule "R"
                @criterion("ACC-AGE")
                @citation("test")
            when
            then
            %s
            end
            """;

    @Test
    void aUnicodeEscapedQuoteEndsTheStringAsTheJavaCompilerReadsIt() {
        // the compiler sees: String s = ""; System.exit(1); //";
        assertEquals(List.of("R:8: forbidden-call"), lint("String s = \"\\u0022; System.exit(1); //\";"));
    }

    @Test
    void anEscapedBackslashBeforeUIsNoUnicodeEscape() {
        // "\\u0022" is a backslash and the text u0022: the string goes on, System is inside it
        assertEquals(List.of(), lint("String s = \"\\\\u0022; System.exit(1); //\";"));
    }

    @Test
    void aUnicodeEscapedLineBreakEndsALineComment() {
        // javac reads \\u000a as a line break, so the call after it is code
        assertEquals(List.of("R:8: forbidden-call"), lint("// a comment \\u000a Runtime.getRuntime().halt(0);"));
    }

    @Test
    void stringsCommentsAndCharLiteralsAreNotCode() {
        assertEquals(List.of(), lint("""
                String a = "System.exit(1)"; char c = '"'; /* Thread.sleep(1) */ String b = "a \\" Thread";
                // Runtime.getRuntime()"""));
    }

    @Test
    void aFullyQualifiedNameOutsideTheFactModelAndJavaTimeIsRefusedEvenFromJavaLang() {
        assertEquals(List.of("R:8: forbidden-call"), lint("int m = java.lang.Math.max(1, 2);"));
        assertEquals(List.of(), lint("java.time.LocalDate d = java.time.LocalDate.of(2024, 1, 1);"));
        assertEquals(List.of(), lint("Tri t = org.safemobility.eligibility.facts.Tri.met();"));
    }

    @Test
    void aLocalVariableNamedLikeAPackageIsNoQualifiedName() {
        assertEquals(List.of(), lint("Tri net = Tri.met(); boolean met = net.isMet();"));
    }

    @Test
    void randomNumbersAndSystemPropertiesAreRefused() {
        assertEquals(List.of("R:8: forbidden-call"), lint("double r = Math.random();"));
        assertEquals(List.of("R:8: forbidden-call"), lint("Integer limit = Integer.getInteger(\"limit\");"));
    }

    @Test
    void eachRefusedNameOnALineIsReported() {
        List<Problem> problems = run(RULE.formatted("Thread.sleep(1); System.gc();"));
        assertEquals(List.of("Thread: starts or coordinates threads, which the engine owns",
                "System: reaches the JVM or the operating system"), problems.stream().map(Problem::message).toList());
    }

    @Test
    void theClockIsRefusedEvenWhenAWildcardImportBringsIt() {
        String text = RULE.replace("import org.safemobility.eligibility.facts.*;", "import java.time.*;")
                .formatted("Instant t = Clock.systemUTC().instant();");
        assertEquals(List.of("R:8: forbidden-call"), where(run(text)));
    }

    @Test
    void aRefusedNameImportedFromTheFactModelIsTheFactModelsClass() {
        // facts.Paths exists (package-private, so no rule could compile with it, but it is the fact model's name)
        String imported = RULE.replace("import org.safemobility.eligibility.facts.*;",
                "import org.safemobility.eligibility.facts.Paths;").formatted("Object p = Paths.class;");
        String wildcard = RULE.formatted("Object p = Paths.class;");
        String notImported = RULE.replace("import org.safemobility.eligibility.facts.*;",
                "import org.safemobility.eligibility.facts.Tri;").formatted("Object p = Paths.class;");

        assertEquals(List.of(), where(run(imported)));
        assertEquals(List.of(), where(run(wildcard)));
        assertEquals(List.of("R:8: forbidden-call"), where(run(notImported)));
    }

    @Test
    void javaTimeClockIsRefusedAsAnImport() {
        String text = RULE.replace("import org.safemobility.eligibility.facts.*;", "import java.time.Clock;")
                .formatted("int x = 1;");
        assertEquals(List.of("R:2: forbidden-import"), where(run(text)));
    }

    @Test
    void anUnquotedRuleNameIsAName() {
        assertEquals(List.of(), where(run(RULE.replace("rule \"R\"", "rule Thread").formatted("int x = 1;"))));
    }

    private static List<String> lint(String consequence) {
        return where(run(RULE.formatted(consequence)));
    }

    private static List<Problem> run(String text) {
        List<Problem> out = new ArrayList<>();
        DrlCheck.check("R", text, Set.of("ACC-AGE"), DrlCodeTest.class.getClassLoader(), out);
        return out;
    }

    private static List<String> where(List<Problem> problems) {
        return LintFixtures.where(problems);
    }
}
