#!/usr/bin/env bash
# Questions per interview, the engine's order against the naive one (alphabetical over
# missingInformation), over 2,000 generated applicants (seed 12), with the bundled rules compiled
# from their folder: runs InterviewOrderTest and prints its "[interview lengths]" lines.
# Run from anywhere; takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B verify -pl eligibility-testkit -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=InterviewOrderTest \
  | grep '\[interview lengths\]'
