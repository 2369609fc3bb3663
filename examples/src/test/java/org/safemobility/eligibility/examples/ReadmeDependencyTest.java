package org.safemobility.eligibility.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's dependency blocks name the version this build makes, so copying them works; the
 * consumer project (docs/scripts/install-and-consume.sh) uses the same version.
 */
class ReadmeDependencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static String projectVersion() throws IOException {
        return fromParent("<artifactId>eligibility-parent</artifactId>\\s*<version>([^<]+)</version>");
    }

    private static String fromParent(String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    @Test
    void theReadmeShowsTheRulesAndTheBomAtTheProjectVersionAndALoggingBackend() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String version = projectVersion();

        assertTrue(readme.contains("""
                  <groupId>org.safemobility</groupId>
                  <artifactId>eligibility-rules</artifactId>
                  <version>%s</version>
                """.formatted(version)), "the eligibility-rules block at " + version);
        assertTrue(readme.contains("""
                      <artifactId>eligibility-bom</artifactId>
                      <version>%s</version>
                      <type>pom</type>
                      <scope>import</scope>
                """.formatted(version)), "the BOM block at " + version);
        assertTrue(readme.contains("""
                  <artifactId>slf4j-simple</artifactId>
                  <version>%s</version>
                  <scope>runtime</scope>
                """.formatted(fromParent("<slf4j.version>([^<]+)</slf4j.version>"))), "a logging backend at runtime scope");
    }

    @Test
    void theConsumerProjectUsesTheProjectVersion() throws IOException {
        Matcher m = Pattern.compile("<eligibility.version>([^<]+)</eligibility.version>")
                .matcher(Files.readString(ROOT.resolve("examples/consumer/pom.xml")));
        assertTrue(m.find());
        assertEquals(projectVersion(), m.group(1));
    }
}
