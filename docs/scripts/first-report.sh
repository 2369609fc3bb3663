#!/usr/bin/env bash
# JVM start to first report and engine build time, bundled precompiled rules, N fresh JVMs (default 7).
# Run from the project root after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-7}
for i in $(seq "$n"); do
  java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp eligibility-bench/target/benchmarks.jar \
    org.safemobility.eligibility.bench.FirstReport
done > "${TMPDIR:-/tmp}/first-report.$$"
summary() { sort -n | awk '{v[NR]=$1} END {printf "median %d ms (min %d, max %d)", v[int((NR+1)/2)], v[1], v[NR]}'; }
echo "first report: $(awk '{print $2}' "${TMPDIR:-/tmp}/first-report.$$" | summary); engine build: $(awk '{print $4}' "${TMPDIR:-/tmp}/first-report.$$" | summary); n=$n"
rm -f "${TMPDIR:-/tmp}/first-report.$$"
