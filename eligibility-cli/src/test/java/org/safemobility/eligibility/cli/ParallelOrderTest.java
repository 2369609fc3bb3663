package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Chunks are evaluated on several worker threads at once; output still follows input order, line
 * for line, across many more chunks than are ever in flight, with invalid lines in between.
 */
class ParallelOrderTest {

    @Test
    void manyChunksComeBackInInputOrder() {
        int lines = BatchEvaluator.CHUNK_SIZE * (BatchEvaluator.IN_FLIGHT + 3) + 17;
        Random random = new Random(42);
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            ObjectNode applicant = CliRun.example(i % 30);
            String id = "order-" + i;
            applicant.put("id", id);
            if (random.nextInt(10) == 0) {
                applicant.put("office", "XX");
                expected.add(id + " invalid");
            } else {
                expected.add(id + " report");
            }
            input.append(CliRun.compact(applicant)).append('\n');
        }
        CliRun.Result result = CliRun.run(input.toString(), "evaluate", "--jsonl", "-");
        assertEquals(2, result.exitCode(), "some lines are invalid");
        List<String> actual = new ArrayList<>();
        for (JsonNode line : result.lines()) {
            actual.add(line.get("applicantId").textValue() + (line.has("errors") ? " invalid" : " report"));
        }
        assertEquals(expected, actual);
    }
}
