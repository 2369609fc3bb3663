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
 * One point per table scale: median-free JMH scores with their 99.9% error bars.
 */
public final class SweepChart {

    private SweepChart() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        List<Double> scales = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (JsonNode run : results) {
            if (!run.get("benchmark").textValue().endsWith("ReferenceSweepBenchmark.evaluateAll")) {
                continue;
            }
            scales.add(Double.parseDouble(run.get("params").get("scale").textValue()));
            JsonNode metric = run.get("primaryMetric");
            scores.add(metric.get("score").asDouble() * 1000);
            errors.add(Double.isNaN(metric.get("scoreError").asDouble()) ? 0 : metric.get("scoreError").asDouble() * 1000);
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
        chart.addSeries("evaluateAll, batches of 1,000", scales, scores, errors);
        BitmapEncoder.saveBitmap(chart, args[1], BitmapEncoder.BitmapFormat.PNG);
        System.out.println("wrote " + args[1] + " from " + scales.size() + " points");
    }
}
