#!/usr/bin/env bash
# Engine build time and JVM start to first report through the CLI jar: the bundled precompiled rules
# against the same rules as a folder (linted and compiled at start), N fresh JVMs each (default 7).
# Run from the project root after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-7}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r eligibility-rules/src/main/resources/org/safemobility/eligibility/rules "$tmp/rules"
head -1 examples/data/applicants.jsonl > "$tmp/one.jsonl"
summary() { sort -n | awk '{v[NR]=$1} END {printf "median %d ms (min %d, max %d)", v[int((NR+1)/2)], v[1], v[NR]}'; }
for mode in bundled folder; do
  args=(); [ "$mode" = folder ] && args=(--rules "$tmp/rules")
  : > "$tmp/$mode"
  for i in $(seq "$n"); do
    start=$(date +%s%N)
    build=$(java -Dorg.slf4j.simpleLogger.log.org.safemobility.eligibility.EligibilityEngine=info \
      -jar eligibility-cli/target/eligibility-cli.jar evaluate "${args[@]}" "$tmp/one.jsonl" 2>&1 >/dev/null \
      | sed -n 's/.*eligibility engine built: .* in \([0-9]*\) ms.*/\1/p')
    echo "$(( ($(date +%s%N) - start) / 1000000 )) $build" >> "$tmp/$mode"
  done
  echo "$mode: JVM start to first report $(awk '{print $1}' "$tmp/$mode" | summary); engine build $(awk '{print $2}' "$tmp/$mode" | summary); n=$n"
done
