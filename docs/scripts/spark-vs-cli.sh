#!/usr/bin/env bash
# The Spark job in local mode beside the CLI's summaries, on the same population, in one run:
# CLI `evaluate --format summary` (-Xmx256m), Spark `screen --format json` with local[2], with and
# without the report column, in ABBA order (CLI, Spark, Spark, CLI) so that a host that speeds up
# or slows down during the run favours neither. Then checks that Spark and the CLI agree on every
# applicant (SummaryAgreement.java). Wall times include JVM (and Spark) start.
# Run from the project root after `mvn -B -q package -DskipTests`.
# Usage: spark-vs-cli.sh N [SEED]   (INPUT=file.jsonl reuses a population; SPARK_LOCAL_XMX sets Spark's heap)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
seed=${2:-20261127}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${INPUT:-}" ]; then
  ln -s "$(realpath "$INPUT")" "$work/in.jsonl"
  n=$(wc -l < "$work/in.jsonl")
else
  java -cp eligibility-bench/target/benchmarks.jar org.safemobility.eligibility.bench.WritePopulation "$n" "$seed" > "$work/in.jsonl"
fi

timed() { # label, command...: prints label, wall, CPU, rate, RSS
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > /dev/null 2> "$work/err.txt" \
    || { cat "$work/err.txt" >&2; exit 1; }
  read -r wall user sys rss < "$work/t"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$n" \
    'BEGIN { printf "%-22s wall=%6.2fs cpu=%6.2fs rate=%7d/s max-rss=%dMB\n", l, w, u + s, n / w, r / 1024 }'
}
cli() {
  timed "cli summary" sh -c "java -Xmx256m -jar eligibility-cli/target/eligibility-cli.jar evaluate \
    --format summary --as-of 2026-06-01 '$work/in.jsonl' > '$work/cli.jsonl'"
}
spark() { # label, output folder, options...
  local label=$1 out=$2; shift 2
  rm -rf "$out"
  timed "$label" eligibility-spark/spark-local.sh --master 'local[2]' screen --input "$work/in.jsonl" \
    --output "$out" --format json --as-of 2026-06-01 "$@"
}
cli
spark "spark local[2]" "$work/spark" 
spark "spark local[2] no-report" "$work/spark-summary" --no-report
cli
spark "spark local[2] no-report" "$work/spark-summary" --no-report
spark "spark local[2]" "$work/spark"
echo "report column: $(du -sm "$work/spark" | cut -f1) MB, summaries only: $(du -sm "$work/spark-summary" | cut -f1) MB, CLI summaries: $(du -m "$work/cli.jsonl" | cut -f1) MB"
java -Xmx2g -cp eligibility-cli/target/eligibility-cli.jar docs/scripts/SummaryAgreement.java "$work/cli.jsonl" "$work/spark"
java -Xmx2g -cp eligibility-cli/target/eligibility-cli.jar docs/scripts/SummaryAgreement.java "$work/cli.jsonl" "$work/spark-summary"
