#!/usr/bin/env bash
# CLI streaming throughput: N generated applicants as JSON Lines in, reports as JSON Lines out,
# with a 256 MB heap. Prints applicants per second, wall time, peak heap (from the GC log) and RSS.
# Run from the project root after `mvn -B -q package -DskipTests`. Usage: cli-streaming.sh N [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
seed=${2:-20261127}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp eligibility-bench/target/benchmarks.jar org.safemobility.eligibility.bench.WritePopulation "$n" "$seed" > "$work/in.jsonl"
# Reports are counted as they stream out, not stored (about 11 KB each).
/usr/bin/time -v -o "$work/time.txt" java -Xmx256m -Xlog:gc:file="$work/gc.log" \
  -jar eligibility-cli/target/eligibility-cli.jar evaluate "$work/in.jsonl" | wc -l > "$work/count.txt"
lines=$(cat "$work/count.txt")
[ "$lines" -eq "$n" ] || { echo "expected $n reports, got $lines" >&2; exit 1; }
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)
cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time.txt")
echo "applicants=$n wall=${secs}s cpu=${cpu}s rate=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%d", n/s}')/s peak-heap-before-gc=${peak:-?}MB max-rss=$((rss / 1024))MB input=$(du -m "$work/in.jsonl" | cut -f1)MB"
