#!/usr/bin/env bash
# A bounded load run of the screening service's JSON API on localhost: starts the packaged service,
# then CLIENTS clients send requests one after the other for SECONDS seconds to POST /api/screenings,
# then to POST /api/questions (the worked examples' applicants in turn, in Spanish), after a 5 s
# warm-up each. Prints requests, throughput, p50/p99/max latency and errors, then stops the service.
# Run from the project root after `mvn -B -q package -DskipTests` (which also compiles the load driver,
# LoadRun in the module's test sources). Usage: service-load.sh [CLIENTS] [SECONDS] [PORT]
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-4}
seconds=${2:-30}
port=${3:-18080}
module=examples/screening-service
log=$(mktemp)
java -Xmx512m -jar "$module/target/screening-service.jar" --port "$port" > "$log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://localhost:$port/health" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://localhost:$port/health" > /dev/null || { echo "the service did not start:" >&2; cat "$log" >&2; exit 1; }
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; $(java -version 2>&1 | head -1)"
for endpoint in screenings questions; do
  java -Dscreening.examples=eligibility-rules/src/test/resources/contract-examples \
    -cp "$module/target/test-classes:$module/target/screening-service.jar" \
    org.safemobility.eligibility.examples.service.LoadRun "http://localhost:$port" "$endpoint" "$clients" "$seconds"
done
