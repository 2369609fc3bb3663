#!/usr/bin/env bash
# Checks the spark-submit jar without a Spark installation: runs eligibility-spark/target/eligibility-spark.jar
# on the class path of spark-sql_2.13 4.2.0 and its dependencies ALONE (what spark-submit puts
# before the application jar), in local mode, with a rules folder (so the rule compiler runs on
# Spark's ANTLR and Jackson), for screen and for diff. The Spark class path is resolved by Maven
# from a throwaway pom that depends on spark-sql only (from ~/.m2; nothing is installed).
# Run from the project root after `mvn -B -q package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>check</groupId><artifactId>spark-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>4.2.0</version></dependency></dependencies>
</project>
POM
(cd "$work" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/spark-classpath.txt" >/dev/null)
opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' eligibility-spark/pom.xml)
rules="$root/eligibility-rules/src/main/resources/org/safemobility/eligibility/rules"
run() {
  # shellcheck disable=SC2086
  java -Xmx1g $opens -Dlog4j2.configurationFile="$root/eligibility-spark/log4j2-local.properties" \
    -cp "$root/eligibility-spark/target/eligibility-spark.jar:$(cat "$work/spark-classpath.txt")" \
    org.safemobility.eligibility.spark.Main "$@"
}
run screen --master 'local[2]' --input examples/data/applicants.jsonl --output "$work/screened" --format json \
  --as-of 2026-06-01 --rules "$rules"
rows=$(cat "$work"/screened/part-*.json | wc -l)
[ "$rows" -eq "$(grep -c . examples/data/applicants.jsonl)" ] || { echo "expected one row per applicant, got $rows" >&2; exit 1; }
run diff --master 'local[2]' --new "$rules" --input examples/data/applicants.jsonl --as-of 2026-06-01 --output "$work/impact.json"
grep -q '"compared"' "$work/impact.json" || { echo "no impact report" >&2; exit 1; }
echo "spark-shaded-check: eligibility-spark.jar ran screen and diff on Spark's class path alone"
