#!/usr/bin/env bash
# Spark local-mode throughput: N generated applicants as JSON Lines in, `screen` to Parquet (summary
# columns and the full report) with local[2], the driver and both executor threads in one JVM of
# SPARK_LOCAL_XMX (default 2g). Prints applicants per second, wall and CPU time, peak heap (from the
# GC log), RSS and the output's size. The wall time includes the JVM and Spark start (about 10 s).
# Run from the project root after `mvn -B -q package -DskipTests`.
# Usage: spark-throughput.sh N [SEED [SCREEN-OPTIONS...]], such as: spark-throughput.sh 200000 1 --no-report
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
seed=${2:-20261127}
shift $(( $# < 2 ? $# : 2 ))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp eligibility-bench/target/benchmarks.jar org.safemobility.eligibility.bench.WritePopulation "$n" "$seed" > "$work/in.jsonl"
JAVA_TOOL_OPTIONS="-Xlog:gc:file=$work/gc.log" /usr/bin/time -v -o "$work/time.txt" \
  eligibility-spark/spark-local.sh --master 'local[2]' screen --input "$work/in.jsonl" --output "$work/out" \
  --as-of 2026-06-01 "$@" 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
screened=$(sed -n 's/^screen: \([0-9]*\) applicants screened, \([0-9]*\) rows with errors.*/\1 \2/p' "$work/err.txt")
rows=$(( ${screened% *} + ${screened#* } ))
[ "$rows" -eq "$n" ] || { echo "expected $n rows, got $rows" >&2; cat "$work/err.txt" >&2; exit 1; }
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | cut -dM -f1 | sort -n | tail -1)
cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time.txt")
echo "applicants=$n errors=${screened#* } wall=${secs}s cpu=${cpu}s rate=$(awk -v n="$n" -v s="$secs" 'BEGIN {printf "%d", n/s}')/s peak-heap-before-gc=${peak:-?}MB max-rss=$((rss / 1024))MB input=$(du -m "$work/in.jsonl" | cut -f1)MB output=$(du -sm "$work/out" | cut -f1)MB"
