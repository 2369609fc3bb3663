package org.safemobility.eligibility.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws the reference-table sweep from a JMH JSON result file:
 * {@code java -cp benchmarks.jar org.safemobility.eligibility.bench.SweepChart sweep.json docs/performance/sweep.png}.
 * One point per table scale: the median of the measurement iterations, with the slowest and
 * fastest iteration (batches of 1,000, one thread, applicants per second).
 */
public final class SweepChart {

    private SweepChart() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        List<Double> scales = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        List<Double> mins = new ArrayList<>();
        List<Double> maxes = new ArrayList<>();
        for (JsonNode run : results) {
            if (!run.get("benchmark").textValue().endsWith("ReferenceSweepBenchmark.evaluateAll")) {
                continue;
            }
            scales.add(Double.parseDouble(run.get("params").get("scale").textValue()));
            List<Double> iterations = new ArrayList<>();
            run.get("primaryMetric").get("rawData").forEach(fork -> fork.forEach(i -> iterations.add(i.asDouble() * 1000)));
            java.util.Collections.sort(iterations);
            int n = iterations.size();
            medians.add(n % 2 == 1 ? iterations.get(n / 2) : (iterations.get(n / 2 - 1) + iterations.get(n / 2)) / 2);
            mins.add(iterations.get(0));
            maxes.add(iterations.get(n - 1));
        }
        if (scales.isEmpty()) {
            throw new IllegalArgumentException(args[0] + " holds no ReferenceSweepBenchmark results");
        }
        XYChart chart = new XYChartBuilder().width(720).height(420)
                .title("Screening throughput as the reference tables grow")
                .xAxisTitle("reference table rows (x bundled)").yAxisTitle("applicants per second (batch, 1 thread)")
                .build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
        chart.addSeries("median of 5 iterations", scales, medians);
        chart.addSeries("slowest iteration", scales, mins);
        chart.addSeries("fastest iteration", scales, maxes);
        BitmapEncoder.saveBitmap(chart, args[1], BitmapEncoder.BitmapFormat.PNG);
        System.out.println("wrote " + args[1] + " from " + scales.size() + " points");
    }
}
