package org.safemobility.eligibility.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a Markdown table from JMH JSON result files: for each benchmark the median of its
 * measurement iterations with min and max (throughput), or the p50/p99/p99.9 of its samples
 * (sample mode), and for each engine benchmark its ratio to the floor benchmark of the same file
 * (time per applicant, engine over floor: from the medians, or from the p50s in sample mode), and
 * for each benchmark run in a language other than English its ratio to the same benchmark in
 * English (time, language over English, the same way).
 * {@code java -cp benchmarks.jar org.safemobility.eligibility.bench.JmhSummary thrpt-t1.json ...}
 */
public final class JmhSummary {

    private JmhSummary() {
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            JsonNode results = new ObjectMapper().readTree(new File(file));
            System.out.println("\n" + file + "\n");
            System.out.println("| benchmark | threads | mode | median | min | max | unit | engine/floor or language/en (median) |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            Map<String, Double> medians = new LinkedHashMap<>();
            for (JsonNode run : results) {
                String name = run.get("benchmark").textValue().replaceAll(".*\\.", "")
                        + (run.has("params") ? " " + run.get("params").toString() : "");
                String mode = run.get("mode").textValue();
                // sample mode compares p50 latencies; the other modes the median iteration score
                medians.put(name + "|" + mode, mode.equals("sample")
                        ? run.get("primaryMetric").get("scorePercentiles").get("50.0").asDouble()
                        : median(iterationScores(run)));
            }
            for (JsonNode run : results) {
                String name = run.get("benchmark").textValue().replaceAll(".*\\.", "")
                        + (run.has("params") ? " " + run.get("params").toString() : "");
                String mode = run.get("mode").textValue();
                JsonNode metric = run.get("primaryMetric");
                String unit = metric.get("scoreUnit").textValue();
                String ratio = "";
                String baseline = baseline(name);
                if (baseline != null) {
                    Double base = medians.get(baseline + "|" + mode);
                    Double self = medians.get(name + "|" + mode);
                    if (base != null) {
                        double r = mode.equals("thrpt") ? base / self : self / base;
                        ratio = String.format(Locale.ROOT, "%.2fx", r);
                    }
                }
                if (mode.equals("sample")) {
                    JsonNode p = metric.get("scorePercentiles");
                    System.out.printf(Locale.ROOT, "| %s | %d | sample | p50 %.1f | p99 %.1f | p99.9 %.1f | %s | %s |%n",
                            name, run.get("threads").asInt(), p.get("50.0").asDouble(), p.get("99.0").asDouble(),
                            p.get("99.9").asDouble(), unit, ratio);
                } else {
                    List<Double> scores = iterationScores(run);
                    System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f | %s | %s |%n", name,
                            run.get("threads").asInt(), mode, median(scores), Collections.min(scores),
                            Collections.max(scores), unit, ratio);
                }
            }
        }
    }

    /** What a benchmark is compared with: an engine benchmark with the floor's, a language with English. */
    private static String baseline(String name) {
        if (name.startsWith("engine")) {
            return name.replace("engine", "floor");
        }
        String language = "\"language\":\"";
        int at = name.indexOf(language);
        if (at >= 0 && !name.startsWith("en\"", at + language.length())) {
            return name.replaceFirst("\"language\":\"[^\"]*\"", "\"language\":\"en\"");
        }
        return null;
    }

    private static List<Double> iterationScores(JsonNode run) {
        List<Double> scores = new ArrayList<>();
        JsonNode raw = run.get("primaryMetric").get("rawData");
        if (raw != null) {
            raw.forEach(fork -> fork.forEach(iteration -> scores.add(iteration.asDouble())));
        }
        if (scores.isEmpty()) {
            scores.add(run.get("primaryMetric").get("score").asDouble());
        }
        return scores;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
