package org.safemobility.eligibility.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * {@code diff --export-population FILE}: the applicants compared, one JSON object a line, as
 * {@code evaluate} and {@code diff --population} read them. Without the option it writes nothing.
 */
final class PopulationExport implements AutoCloseable {

    private final BufferedWriter out;

    private PopulationExport(BufferedWriter out) {
        this.out = out;
    }

    /** An export to {@code file}, or one that drops everything when {@code file} is null. */
    static PopulationExport open(Path file) throws IOException {
        return new PopulationExport(file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void write(Applicant applicant) {
        if (out == null) {
            return;
        }
        try {
            out.write(EligibilityJson.writeApplicant(applicant));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
