package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.safemobility.eligibility.cli.CliRun.example;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.report.EligibilityReport;

class BatchEvaluatorTest {

    private static final class Recorder implements BatchEvaluator.Sink {
        final List<String> events = new ArrayList<>();

        @Override
        public void report(BatchEvaluator.Entry entry, EligibilityReport report) {
            assertEquals(entry.applicantId(), report.applicantId(), "report of its own applicant");
            events.add(entry.position() + " report " + report.applicantId());
        }

        @Override
        public void invalid(BatchEvaluator.Entry entry) {
            events.add(entry.position() + " invalid " + entry.violations().get(0).code());
        }

        @Override
        public void failed(BatchEvaluator.Entry entry, org.safemobility.eligibility.EvaluationException e) {
            events.add(entry.position() + " failed " + e.rule());
        }

        @Override
        public void endOfChunk() {
            events.add("--");
        }
    }

    @Test
    void resultsComeInInputOrderChunkByChunk() throws Exception {
        Recorder sink = new Recorder();
        BatchEvaluator batch = new BatchEvaluator(CliRun.SHARED_ENGINE.get(), null, 2, sink);

        batch.add("a", example(0));
        batch.add("b", example(1).put("office", "??"));
        batch.addInvalid("c", List.of(new Violation("", "malformed-json", "broken")));
        batch.add("d", example(2));
        batch.add("e", example(3));

        List<String> all = List.of("a report smo-gt-0001", "b invalid not-in-enum", "--",
                "c invalid malformed-json", "d report smo-gt-0003", "--", "e report smo-gt-0004", "--");
        // Full chunks are evaluated on worker threads: whatever was handed over so far is a prefix.
        assertEquals(all.subList(0, sink.events.size()), sink.events);
        batch.flush();
        batch.flush(); // nothing pending: no empty chunk
        assertEquals(all, sink.events);
        assertEquals(3, batch.evaluated());
        assertEquals(2, batch.invalid());
    }

    @Test
    void aChunkMustHoldSomething() {
        assertThrows(IllegalArgumentException.class,
                () -> new BatchEvaluator(CliRun.SHARED_ENGINE.get(), null, 0, new Recorder()));
    }
}
