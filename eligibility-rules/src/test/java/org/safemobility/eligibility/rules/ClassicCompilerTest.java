package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;

/**
 * The executable model accepts some DRL the classic compiler rejects (and then fails at run
 * time); every rule file must also pass the classic compiler, which analysts' tools use.
 */
class ClassicCompilerTest {

    @Test
    void everyDrlFileCompilesWithTheClassicCompiler() throws IOException {
        KieHelper helper = new KieHelper();
        List<Path> drls;
        try (Stream<Path> files = Files.list(RuleSetManifestTest.RULES)) {
            drls = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertEquals(8, drls.size(), "one DRL file per subject plus the shared derived facts");
        for (Path drl : drls) {
            helper.addContent(Files.readString(drl), "org/safemobility/eligibility/rules/" + drl.getFileName());
        }
        Results results = helper.verify();
        assertEquals(List.of(), results.getMessages(Message.Level.ERROR, Message.Level.WARNING).stream()
                .map(Message::toString).toList());
    }
}
