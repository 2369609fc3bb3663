package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.testing.SharedFolder;

/**
 * The project keeps its own copies of the contract (schemas, worked examples, policy); where the
 * product owner's shared folder is beside the project, the copies must equal it.
 */
class ContractCopiesTest {

    @Test
    void copiesEqualTheProductOwnersContract() throws IOException {
        Optional<Path> shared = SharedFolder.find();
        assumeTrue(shared.isPresent(), "no shared/ folder beside the project");
        Path root = SharedFolder.projectRoot();
        Path schemas = root.resolve("eligibility-core/src/main/resources/org/safemobility/eligibility/schema");
        for (String schema : List.of("applicant.schema.json", "report.schema.json", "questions.schema.json")) {
            assertSame(shared.get().resolve("contract").resolve(schema), schemas.resolve(schema));
        }
        assertSame(shared.get().resolve("policy/screening-policy.md"), root.resolve("docs/policy/screening-policy.md"));
        assertSame(shared.get().resolve("policy/glossary-es.md"), root.resolve("docs/policy/glossary-es.md"));
        Path examples = shared.get().resolve("contract/examples");
        List<Path> originals;
        try (Stream<Path> files = Files.list(examples)) {
            originals = files.sorted().toList();
        }
        for (Path original : originals) {
            assertSame(original, WorkedExamplesTest.DIR.resolve(original.getFileName().toString()));
        }
    }

    private static void assertSame(Path original, Path copy) throws IOException {
        assertEquals(Files.readString(original), Files.readString(copy), copy + " differs from " + original);
    }
}
