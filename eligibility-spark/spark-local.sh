#!/usr/bin/env bash
# Runs the eligibility Spark job in local mode, with no Spark installation: on this module's jar and
# its whole dependency class path, Spark's own jars included (target/classpath.txt, written by
# `mvn -B -q package -DskipTests` from the project root).
#
#   eligibility-spark/spark-local.sh screen --input applicants.jsonl --output out [--format parquet|json]
#       [--as-of YYYY-MM-DD] [--rules DIR] [--input-format jsonl|parquet] [--json-column NAME] [--lang en|es]
#       [--no-report]
#   eligibility-spark/spark-local.sh diff [--old DIR|bundled] --new DIR|bundled --input PATH [--as-of YYYY-MM-DD]
#       [--show K] [--output FILE]
#   eligibility-spark/spark-local.sh --master local[2] screen ...
#
# The master is local[*] unless --master local[N] comes first (or after the command). The heap is
# SPARK_LOCAL_XMX (default 2g): the driver and every executor thread share this one JVM. Exit codes:
# 0 done, 1 the rules do not build or the job failed, 2 invalid input or usage.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/eligibility-spark-0.1.0-SNAPSHOT.jar"
cp_file="$here/target/classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ]; then
  echo "spark-local.sh: build first, from the project root: mvn -B -q package -DskipTests" >&2
  exit 2
fi
master=()
if [ "${1:-}" = "--master" ] && [ $# -ge 2 ]; then
  master=(--master "$2")
  shift 2
fi
if [ $# -lt 1 ]; then
  echo "usage: spark-local.sh [--master local[N]] screen|diff OPTIONS" >&2
  exit 2
fi
command=$1
shift
# the flags of Spark's launcher for Java 17 (org.apache.spark.launcher.JavaModuleOptions)
opens=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true)
exec java -Xmx"${SPARK_LOCAL_XMX:-2g}" "${opens[@]}" \
  -Dlog4j2.configurationFile="$here/log4j2-local.properties" \
  -Dspark.ui.enabled=false -Dspark.ui.showConsoleProgress=false \
  -cp "$jar:$(cat "$cp_file")" \
  org.safemobility.eligibility.spark.Main "$command" ${master[@]+"${master[@]}"} "$@"
