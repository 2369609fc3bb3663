#!/usr/bin/env bash
# Wall time of `diff --generate N` against an edited copy of the rules (Ecuador serves Peruvians:
# one table row), RUNS times, with /usr/bin/time; prints every run and the median. Run from the
# project root after `mvn -B -q package -DskipTests`, on a quiet machine.
# Usage: diff-timing.sh [N] [RUNS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-100000}
runs=${2:-5}
seed=${3:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r eligibility-rules/src/main/resources/org/safemobility/eligibility/rules "$work/rules"
echo 'EC,PE,,,"timing edit"' >> "$work/rules/reference/served-nationalities.csv"
walls=()
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" java -jar eligibility-cli/target/eligibility-cli.jar \
    diff --new "$work/rules" --generate "$n" --seed "$seed" --as-of 2024-09-01 --show 0 > /dev/null
  read -r wall user sys < "$work/time.txt"
  echo "run $i: wall=${wall}s user=${user}s sys=${sys}s"
  walls+=("$wall")
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "applicants=$n runs=$runs cores=$(nproc) median-wall=${median}s load=$(cut -d' ' -f1-3 /proc/loadavg)"
