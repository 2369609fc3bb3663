#!/usr/bin/env bash
# A fresh clone installs, and a project of its own (examples/consumer) builds against the installed
# coordinates (the BOM, eligibility-rules) and screens an applicant. Uses a private local repository,
# a copy of ~/.m2/repository without org/safemobility, so the shared one is left alone.
# Run from anywhere; about two minutes. Exit 0 when the consumer printed a report.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=${1:-${TMPDIR:-/tmp}/eligibility-m2.$$}
if [ ! -d "$repo" ]; then
  cp -r "${HOME}/.m2/repository" "$repo"
fi
rm -rf "$repo/org/safemobility"
mvn -B -q install -DskipTests -Dmaven.repo.local="$repo"
# what was installed: the parent, the BOM, and each library with its sources and javadoc jars
(cd "$repo/org/safemobility" && find . -name '*.jar' -o -name '*.pom' | sort)
out=$(cd examples/consumer && mvn -B -q compile exec:java -Dmaven.repo.local="$repo")
echo "$out"
echo "$out" | grep -q '"applicantId":"consumer-1"'
