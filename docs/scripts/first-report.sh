#!/usr/bin/env bash
# JVM start to first report and engine build time, bundled precompiled rules, N fresh JVMs (default 7).
# Run from the project root after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-7}
for i in $(seq "$n"); do
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp eligibility-bench/target/benchmarks.jar \
    org.safemobility.eligibility.bench.FirstReport
done | awk '{r[NR]=$2; b[NR]=$4} END {
  asort(r); asort(b); m=int((NR+1)/2);
  printf "first report: median %d ms (min %d, max %d); engine build: median %d ms (min %d, max %d); n=%d\n", r[m], r[1], r[NR], b[m], b[1], b[NR], NR }'
