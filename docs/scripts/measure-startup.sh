#!/usr/bin/env bash
# JVM start to first report, precompiled kjar versus DRL compiled at start, 7 fresh JVMs each.
# Run from the project root after `mvn -B -q install -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/../.."
cpfile=$(mktemp)
mvn -B -q -pl eligibility-rules dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile"
cp="eligibility-rules/target/classes:eligibility-rules/target/test-classes:$(cat "$cpfile")"
rm -f "$cpfile"
for mode in kjar drl; do
  for i in 1 2 3 4 5 6 7; do
    java -cp "$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.safemobility.eligibility.rules.StartupProbe "$mode"
  done | sort -k2 -n | awk -v m="$mode" '{v[NR]=$2} END {printf "%s: median %d ms (min %d, max %d, n=%d)\n", m, v[4], v[1], v[NR], NR}'
done
