package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The manifest names exactly the files of the rule set folder, so the version hash covers them all. */
class RuleSetManifestTest {

    static final Path RULES = Path.of("src/main/resources/org/safemobility/eligibility/rules");

    @Test
    void manifestListsEveryRuleAndTableFile() throws IOException {
        List<String> lines = Files.readAllLines(RULES.resolve("ruleset.manifest"));
        Set<String> listed = lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("name="))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.walk(RULES)) {
            present = files.filter(Files::isRegularFile)
                    .map(p -> RULES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("ruleset.manifest"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }
}
