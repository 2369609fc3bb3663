package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.safemobility.eligibility.cli.CliRun.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Violation;

class BatchEvaluatorTest {

    /** Records what it is handed, and on which threads it prepared and wrote. */
    private static final class Recorder implements BatchEvaluator.Sink<List<String>> {
        final List<String> events = new ArrayList<>();
        final Set<String> preparedOn = ConcurrentHashMap.newKeySet();
        final Set<String> writtenOn = ConcurrentHashMap.newKeySet();

        @Override
        public List<String> prepare(List<BatchEvaluator.Result> results) {
            preparedOn.add(Thread.currentThread().getName());
            List<String> out = new ArrayList<>();
            for (BatchEvaluator.Result r : results) {
                BatchEvaluator.Entry entry = r.entry();
                if (r.invalid()) {
                    out.add(entry.position() + " invalid " + entry.violations().get(0).code());
                } else if (r.failure() != null) {
                    out.add(entry.position() + " failed " + r.failure().rule());
                } else {
                    assertEquals(entry.applicantId(), r.report().applicantId(), "report of its own applicant");
                    out.add(entry.position() + " report " + r.report().applicantId());
                }
            }
            out.add("--");
            return out;
        }

        @Override
        public void write(List<BatchEvaluator.Result> results, List<String> prepared) {
            writtenOn.add(Thread.currentThread().getName());
            events.addAll(prepared);
        }
    }

    @Test
    void resultsComeInInputOrderChunkByChunk() throws Exception {
        Recorder sink = new Recorder();
        BatchEvaluator<List<String>> batch = new BatchEvaluator<>(CliRun.SHARED_ENGINE.get(), null, 2, sink);

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
        // the applicants were read, evaluated and prepared on workers; written on the caller
        assertEquals(Set.of("eligibility-evaluate"), sink.preparedOn);
        assertEquals(Set.of(Thread.currentThread().getName()), sink.writtenOn);
    }

    @Test
    void textIsParsedOnAWorkerAndAnUnreadableOneStandsInItsPlace() throws Exception {
        Recorder sink = new Recorder();
        BatchEvaluator<List<String>> batch = new BatchEvaluator<>(CliRun.SHARED_ENGINE.get(), null, 8, sink);
        List<String> parsedOn = new ArrayList<>();
        batch.add("a", () -> {
            synchronized (parsedOn) {
                parsedOn.add(Thread.currentThread().getName());
            }
            return example(0);
        });
        batch.add("b", () -> {
            throw new BatchEvaluator.Unreadable(new Violation("", "malformed-json", "broken at column 3"));
        });
        batch.add("c", example(1));
        batch.flush();
        assertEquals(List.of("a report smo-gt-0001", "b invalid malformed-json", "c report smo-gt-0002", "--"),
                sink.events);
        assertEquals(List.of("eligibility-evaluate"), parsedOn);
    }

    @Test
    void aChunkMustHoldSomething() {
        assertThrows(IllegalArgumentException.class,
                () -> new BatchEvaluator<>(CliRun.SHARED_ENGINE.get(), null, 0, new Recorder()));
    }
}
