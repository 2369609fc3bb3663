package org.safemobility.eligibility.testkit;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testkit.internal.JsonTree;

/**
 * How every testkit property fails: an assertion error whose message carries the applicant and the
 * report (or the two reports that disagree) as JSON, so a counterexample can be read, and replayed
 * with {@code EligibilityJson.readApplicant}, without a debugger. ({@code Applicant.toString()}
 * redacts everything, so jqwik's own "Shrunk Sample" line shows only the office.)
 *
 * <p>When two reports disagree they are also the error's <em>expected</em> (the first) and
 * <em>actual</em> (the second) values, so an IDE offers its diff view. jqwik rethrows the error of
 * the shrunk sample, so the applicant in the message of the reported failure is the shrunk one.
 *
 * <p>Stable: the accessors and the message layout (a first line naming the property, then titled
 * JSON blocks) are meant to be read by people and by tests.
 */
public final class Counterexample extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    /** @serial the name of the property that failed */
    private final String property;
    /** @serial the applicant, as compact JSON */
    private final String applicantJson;
    /** @serial the report or the two reports, as compact JSON */
    private final List<String> reportsJson;

    private Counterexample(String message, String property, String applicantJson, List<String> reportsJson) {
        super(message, reportsJson.size() == 2 ? reportsJson.get(0) : null, reportsJson.size() == 2 ? reportsJson.get(1) : null);
        this.property = property;
        this.applicantJson = applicantJson;
        this.reportsJson = List.copyOf(reportsJson);
    }

    /**
     * The name of the property that failed, for example {@code determinism}.
     *
     * @return the property name
     */
    public String property() {
        return property;
    }

    /**
     * The applicant the property failed for, as compact JSON in the applicant contract.
     *
     * @return the applicant's JSON, to replay with {@code EligibilityJson.readApplicant}
     */
    public String applicantJson() {
        return applicantJson;
    }

    /**
     * The report, or the two reports that disagree, as compact JSON in the report contract.
     *
     * @return one report, or two in the order first and second
     */
    public List<String> reportsJson() {
        return reportsJson;
    }

    /**
     * A failure about one report, for your own invariants:
     * {@code throw Counterexample.of("my invariant", "what went wrong", applicant, report);}
     *
     * @param property names the property that failed (the message's first words)
     * @param problem  one sentence saying what the report got wrong
     * @param applicant the applicant the report is of
     * @param report the report that breaks the invariant
     * @return the failure, to throw
     */
    public static Counterexample of(String property, String problem, Applicant applicant, EligibilityReport report) {
        return builder(property, problem).applicant(applicant).report("Report", report).build();
    }

    /**
     * A failure about two reports that disagree, for your own invariants; the first is the
     * expected value, the second the actual one.
     *
     * @param property names the property that failed (the message's first words)
     * @param problem one sentence saying how the reports disagree
     * @param applicant the applicant both reports are of
     * @param firstTitle the title of the first report's JSON block
     * @param first the first report, the expected value
     * @param secondTitle the title of the second report's JSON block
     * @param second the second report, the actual value
     * @return the failure, to throw
     */
    public static Counterexample of(String property, String problem, Applicant applicant,
                                    String firstTitle, EligibilityReport first, String secondTitle, EligibilityReport second) {
        return builder(property, problem).applicant(applicant).report(firstTitle, first).report(secondTitle, second).build();
    }

    static Builder builder(String property, String problem) {
        return new Builder(property, problem);
    }

    /** Collects the parts of a failure message. */
    static final class Builder {
        private final String property;
        private final StringBuilder text = new StringBuilder();
        private String applicantJson;
        private final List<String> reports = new ArrayList<>();

        private Builder(String property, String problem) {
            this.property = property;
            text.append('[').append(property).append("] ").append(problem).append('\n');
        }

        Builder line(String line) {
            text.append(line).append('\n');
            return this;
        }

        Builder lines(List<String> lines) {
            lines.forEach(this::line);
            return this;
        }

        Builder applicant(Applicant applicant) {
            applicantJson = EligibilityJson.writeApplicant(applicant);
            return block("Applicant (synthetic; in the failure jqwik reports last, the shrunk one)", JsonTree.pretty(applicantJson));
        }

        Builder otherApplicant(String title, Applicant applicant) {
            return block(title, JsonTree.pretty(applicant));
        }

        Builder report(String title, EligibilityReport report) {
            reports.add(EligibilityJson.writeReport(report));
            return block(title, JsonTree.pretty(report));
        }

        private Builder block(String title, String json) {
            text.append('\n').append(title).append(":\n").append(json).append('\n');
            return this;
        }

        Counterexample build() {
            return new Counterexample(text.toString(), property, applicantJson, reports);
        }
    }
}
