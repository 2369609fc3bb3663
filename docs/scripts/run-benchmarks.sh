#!/usr/bin/env bash
# The full JMH run behind docs/performance.md: engine and floor, 1 and 2 threads, throughput and
# latency, the reference-table sweep, and the interview (English and Spanish); JSON results go to
# docs/performance/, then a summary table and the sweep chart are printed and drawn. About 14
# minutes on 2 cores.
# Run from the project root after `mvn -B -q package -DskipTests`, on a machine doing nothing else.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=eligibility-bench/target/benchmarks.jar
out=docs/performance
mkdir -p "$out"
# 30 s of warm-up: the JIT spends about 10 to 15 s of one core compiling the engine; with less, the
# compiler still competes with two benchmark threads for the two cores (docs/performance.md)
common=(-f 1 -wi 6 -w 5 -i 5 -r 3)
for t in 1 2; do
  java -jar "$jar" 'ScreeningBenchmark.(engine|floor)Evaluate$' -bm thrpt "${common[@]}" -t $t -rf json -rff "$out/single-thrpt-t$t.json"
  java -jar "$jar" 'ScreeningBenchmark.(engine|floor)EvaluateAll$' -bm thrpt "${common[@]}" -t $t -rf json -rff "$out/batch-thrpt-t$t.json"
done
java -jar "$jar" 'ScreeningBenchmark.(engine|floor)Evaluate$' -bm sample "${common[@]}" -t 1 -rf json -rff "$out/sample-t1.json"
java -jar "$jar" 'ReferenceSweepBenchmark' "${common[@]}" -t 1 -rf json -rff "$out/sweep.json"
# the interview: next questions and the report alone, English and Spanish, latency on one thread
java -jar "$jar" 'InterviewBenchmark' -bm sample "${common[@]}" -t 1 -rf json -rff "$out/interview-t1.json"
java -cp "$jar" org.safemobility.eligibility.bench.JmhSummary \
  "$out"/single-thrpt-t1.json "$out"/single-thrpt-t2.json "$out"/batch-thrpt-t1.json "$out"/batch-thrpt-t2.json \
  "$out/sample-t1.json" "$out/sweep.json" "$out/interview-t1.json"
java -cp "$jar" org.safemobility.eligibility.bench.SweepChart "$out/sweep.json" "$out/sweep.png"
