package org.safemobility.eligibility.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.safemobility.eligibility.json.EligibilityJson;

/**
 * Writes a seeded population as JSON Lines to standard output, for the CLI streaming benchmark:
 * {@code java -cp benchmarks.jar org.safemobility.eligibility.bench.WritePopulation 1000000 42 > pop.jsonl}.
 */
public final class WritePopulation {

    private WritePopulation() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20261127L;
        Population population = Population.stream(seed);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < size; i++) {
                out.write(EligibilityJson.writeApplicant(population.applicant(i)));
                out.write('\n');
            }
        }
    }
}
