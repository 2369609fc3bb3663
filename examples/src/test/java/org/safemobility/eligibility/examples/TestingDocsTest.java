package org.safemobility.eligibility.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/testing.md (and the README) show code cut from the tagged regions of these compiled, tested examples. */
class TestingDocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String TESTS = "examples/src/test/java/org/safemobility/eligibility/examples/";

    @Test
    void theDependencyIsTheOneThisModuleDeclares() throws IOException {
        assertDocsShow(region("examples/pom.xml", "<!-- tag::testkit-dependency[] -->", "<!-- end::testkit-dependency[] -->")
                .replace("${project.version}", "0.1.0-SNAPSHOT"));
    }

    @Test
    void theStockPropertiesClassIsTheCompiledExample() throws IOException {
        String snippet = region(TESTS + "MyRulesProperties.java", "// tag::stock[]", "// end::stock[]") + "\n}";
        assertDocsShow(snippet);
        assertTrue(Files.readString(ROOT.resolve("README.md")).contains(snippet), "README.md must contain the snippet:\n" + snippet);
    }

    @Test
    void theNewInvariantIsTheCompiledExample() throws IOException {
        assertDocsShow(region(TESTS + "MyRulesProperties.java", "// tag::invariant[]", "// end::invariant[]"));
    }

    @Test
    void theDifferentialCheckIsTheCompiledExample() throws IOException {
        assertDocsShow(region(TESTS + "MyRulesDifferentialProperties.java", "// tag::differential[]", "// end::differential[]"));
    }

    /** The lines between two tag lines, with their common indentation removed and blank lines at the ends dropped. */
    static String region(String file, String open, String close) throws IOException {
        String source = Files.readString(ROOT.resolve(file));
        int from = source.indexOf(open);
        int to = source.indexOf(close);
        assertTrue(from >= 0 && to > from, file + " has the region " + open);
        String body = source.substring(source.indexOf('\n', from) + 1, source.lastIndexOf('\n', to) + 1);
        int indent = body.lines().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.lines().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow().strip();
    }

    private static void assertDocsShow(String snippet) throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/testing.md"));
        assertTrue(docs.contains(snippet), "docs/testing.md must contain the snippet:\n" + snippet);
    }
}
