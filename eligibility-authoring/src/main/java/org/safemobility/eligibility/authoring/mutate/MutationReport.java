package org.safemobility.eligibility.authoring.mutate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a mutation run: every mutant run and its verdict, the counts, the score and the
 * survivors, as text or JSON. Immutable.
 *
 * <p>The score is killed / compiling: mutants the linter or compiler refused are left out, and a
 * mutant killed by an error counts as killed.
 *
 * @param rules     where the rules came from (a folder, or "the bundled rules")
 * @param judge     what judged the mutants (the scenario files, a property class)
 * @param generated how many mutants the rule set gives before operators were chosen and a sample drawn
 * @param results   one per mutant run, in mutant order
 * @param elapsed   how long the run took, the check of the unmutated rules included
 */
public record MutationReport(String rules, String judge, int generated, List<MutantResult> results,
                             Duration elapsed) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Checks that the rules, judge and elapsed time are present, and copies the results.
     *
     * @param rules where the rules came from (a folder, or "the bundled rules")
     * @param judge what judged the mutants (the scenario files, a property class)
     * @param generated how many mutants the rule set gives before operators were chosen and a sample drawn
     * @param results one per mutant run, in mutant order
     * @param elapsed how long the run took, the check of the unmutated rules included
     */
    public MutationReport {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(judge, "judge");
        results = List.copyOf(results);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Counts of one operator (or of the whole run). A mutant killed by error counts in {@code killed}
     * and again in {@code killedByError}.
     *
     * @param total mutants run
     * @param notCompiling of those, the ones the linter or compiler refused
     * @param killed of those, the ones the tests or an error killed
     * @param killedByError of the killed, the ones an error in the engine killed
     * @param survived of those, the ones every test passed on
     */
    public record Counts(int total, int notCompiling, int killed, int killedByError, int survived) {

        static Counts of(List<MutantResult> results) {
            int nc = 0;
            int k = 0;
            int ke = 0;
            int s = 0;
            for (MutantResult r : results) {
                switch (r.verdict()) {
                    case NOT_COMPILING -> nc++;
                    case KILLED -> k++;
                    case KILLED_BY_ERROR -> {
                        k++;
                        ke++;
                    }
                    case SURVIVED -> s++;
                }
            }
            return new Counts(results.size(), nc, k, ke, s);
        }

        /**
         * The mutants that compiled.
         *
         * @return the mutants that compiled: killed plus survived
         */
        public int compiling() {
            return total - notCompiling;
        }

        /**
         * killed / compiling, from 0 to 1; 0 when nothing compiled.
         *
         * @return the share of compiling mutants killed, from 0 to 1
         */
        public double score() {
            return compiling() == 0 ? 0 : (double) killed / compiling();
        }
    }

    /**
     * The counts over every mutant run.
     *
     * @return the counts of the whole run
     */
    public Counts counts() {
        return Counts.of(results);
    }

    /**
     * killed / compiling, from 0 to 1.
     *
     * @return the share of compiling mutants killed, from 0 to 1
     */
    public double score() {
        return counts().score();
    }

    /**
     * The counts of each operator that made a mutant, in operator order.
     *
     * @return the counts per operator; operators without a mutant are left out
     */
    public Map<MutationOperator, Counts> byOperator() {
        Map<MutationOperator, Counts> out = new EnumMap<>(MutationOperator.class);
        for (MutationOperator op : MutationOperator.values()) {
            List<MutantResult> of = results.stream().filter(r -> r.mutant().operator() == op).toList();
            if (!of.isEmpty()) {
                out.put(op, Counts.of(of));
            }
        }
        return out;
    }

    /**
     * The mutants every test passed on.
     *
     * @return the surviving mutants, in mutant order: the changes the tests miss
     */
    public List<Mutant> survivors() {
        return results.stream().filter(r -> r.verdict() == Verdict.SURVIVED).map(MutantResult::mutant).toList();
    }

    /**
     * The report for people: counts, score, a table by operator, the survivors, the errors.
     *
     * @return the text, lines ending in {@code \n}
     */
    public String toText() {
        Counts c = counts();
        StringBuilder out = new StringBuilder();
        out.append("Mutation testing of ").append(rules).append(" by ").append(judge).append('\n');
        out.append("mutants:       ").append(c.total());
        if (c.total() != generated) {
            out.append(" (of ").append(generated).append(" the rules give)");
        }
        out.append('\n');
        out.append("not compiling: ").append(c.notCompiling()).append('\n');
        out.append("killed:        ").append(c.killed());
        if (c.killedByError() > 0) {
            out.append(" (").append(c.killedByError()).append(" killed by error)");
        }
        out.append('\n');
        out.append("survived:      ").append(c.survived()).append('\n');
        out.append("score:         ").append(percent(c.score())).append(" (").append(c.killed()).append(" of ")
                .append(c.compiling()).append(" compiling mutants killed)\n");
        out.append("time:          ").append(String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0)).append('\n');
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-20s %7s %13s %7s %9s %7s%n", "operator", "mutants", "not-compiling",
                "killed", "survived", "score"));
        for (Map.Entry<MutationOperator, Counts> e : byOperator().entrySet()) {
            Counts o = e.getValue();
            out.append(String.format(Locale.ROOT, "%-20s %7d %13d %7d %9d %7s%n", e.getKey().label(), o.total(),
                    o.notCompiling(), o.killed(), o.survived(), o.compiling() == 0 ? "-" : percent(o.score())));
        }
        List<Mutant> survivors = survivors();
        out.append('\n').append("survivors: ").append(survivors.size()).append('\n');
        survivors.forEach(m -> out.append("  ").append(m.describe()).append('\n'));
        List<MutantResult> errors = results.stream().filter(r -> r.verdict() == Verdict.KILLED_BY_ERROR).toList();
        if (!errors.isEmpty()) {
            out.append('\n').append("killed by error: ").append(errors.size()).append('\n');
            errors.forEach(r -> out.append("  ").append(r.mutant().describe()).append("\n    ")
                    .append(Mutant.show(r.detail(), 240)).append('\n'));
        }
        return out.toString();
    }

    /**
     * The report as a JSON document: counts, score, counts by operator, survivors, every result.
     *
     * @return the JSON document, indented
     */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        Counts c = counts();
        root.put("rules", rules);
        root.put("judge", judge);
        root.put("generated", generated);
        counts(root, c);
        root.put("seconds", elapsed.toMillis() / 1000.0);
        ObjectNode ops = root.putObject("operators");
        byOperator().forEach((op, o) -> counts(ops.putObject(op.label()), o));
        ArrayNode survivors = root.putArray("survivors");
        survivors().forEach(m -> mutant(survivors.addObject(), m));
        ArrayNode all = root.putArray("results");
        for (MutantResult r : results) {
            ObjectNode n = all.addObject();
            mutant(n, r.mutant());
            n.put("verdict", r.verdict().name());
            n.put("detail", r.detail());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always writes", e);
        }
    }

    private static void counts(ObjectNode n, Counts c) {
        n.put("total", c.total());
        n.put("notCompiling", c.notCompiling());
        n.put("killed", c.killed());
        n.put("killedByError", c.killedByError());
        n.put("survived", c.survived());
        n.put("score", Math.round(c.score() * 10000) / 10000.0);
    }

    private static void mutant(ObjectNode n, Mutant m) {
        n.put("id", m.id());
        n.put("file", m.file());
        n.put("line", m.line());
        n.put("column", m.column());
        n.put("operator", m.operator().label());
        n.put("original", m.original());
        n.put("replacement", m.replacement());
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
