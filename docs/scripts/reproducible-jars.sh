#!/usr/bin/env bash
# Two clean builds of the working tree give byte-identical library jars (main, sources, javadoc)
# and BOM: builds twice, keeps the SHA-256 of each, and compares. Exit 1 and the differing files
# when they differ. About two builds' time (verify without tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
libs="eligibility-core eligibility-rules eligibility-authoring eligibility-testkit"
sums() {
  mvn -B -q clean verify -DskipTests -DskipITs -pl eligibility-bom,"${libs// /,}" -am >/dev/null
  for m in $libs; do sha256sum "$m"/target/"$m"-*.jar; done | grep -v -- '-tests.jar'
}
first=$(sums)
second=$(sums)
echo "$second"
if [ "$first" = "$second" ]; then
  echo "reproducible: $(echo "$first" | wc -l) jars identical across two builds"
else
  diff <(echo "$first") <(echo "$second") || true
  exit 1
fi
