#!/usr/bin/env bash
# CLI streaming throughput: N generated applicants as JSON Lines in, reports (or summaries, or CSV
# rows) as JSON Lines out, with a 256 MB heap, JVM start included. Prints applicants per second,
# wall time, CPU, peak heap (from the GC log) and RSS.
# Run from the project root after `mvn -B -q package -DskipTests`.
# Usage: cli-streaming.sh N [SEED] [report|summary|csv]   (INPUT=file.jsonl reuses a population)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
seed=${2:-20261127}
format=${3:-report}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${INPUT:-}" ]; then
  ln -s "$(realpath "$INPUT")" "$work/in.jsonl"
else
  java -cp eligibility-bench/target/benchmarks.jar org.safemobility.eligibility.bench.WritePopulation "$n" "$seed" > "$work/in.jsonl"
fi
# Reports are counted as they stream out, not stored (about 11 KB each).
/usr/bin/time -v -o "$work/time.txt" java -Xmx256m -Xlog:gc:file="$work/gc.log" \
  -jar "${CLI_JAR:-eligibility-cli/target/eligibility-cli.jar}" evaluate --format "$format" "$work/in.jsonl" \
  | wc -l > "$work/count.txt"
lines=$(cat "$work/count.txt")
expected=$n
[ "$format" = csv ] && expected=$((n + 1))   # the header
[ "$lines" -eq "$expected" ] || { echo "expected $expected lines, got $lines" >&2; exit 1; }
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)
cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time.txt")
echo "format=$format applicants=$n wall=${secs}s cpu=${cpu}s rate=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%d", n/s}')/s peak-heap-before-gc=${peak:-?}MB max-rss=$((rss / 1024))MB input=$(du -mL "$work/in.jsonl" | cut -f1)MB"
