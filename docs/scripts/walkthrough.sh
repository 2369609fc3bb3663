#!/usr/bin/env bash
# Replays the walkthrough of docs/rules-authoring.md in the project root (my-rules/ and
# my-scenarios/, removed at the end unless KEEP=1) and prints every command with its output and
# exit code, as the doc shows them. Run after `mvn -B -q package -DskipTests`.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
eligibility() { java -jar eligibility-cli/target/eligibility-cli.jar "$@"; }
run() { echo "\$ eligibility $*"; eligibility "$@" 2>&1; echo "[exit $?]"; echo; }

rm -rf my-rules my-scenarios
cp -r eligibility-rules/src/main/resources/org/safemobility/eligibility/rules my-rules
cp -r examples/rules-change/scenarios my-scenarios

# Step 2: the table row (with a typo first: GTM is not a country code)
echo 'GT,GTM,2023-08-01,,"Press reports, August 2023: the Guatemala office registers Guatemalan nationals only"' \
  >> my-rules/reference/served-nationalities.csv
# Step 3: the criterion applies at GT too
sed -i 's/^ACCESS,ACC-NATIONALITY,CR CO EC,$/ACCESS,ACC-NATIONALITY,GT CR CO EC,/' my-rules/criteria.csv
# Step 4: the rule (first without its @citation)
cat >> my-rules/access.drl <<'EOF'

rule "ACC-NATIONALITY (GT)"
    @criterion("ACC-NATIONALITY")
    @reason("ACC-NATIONALITY.GT")
when
    $s : Screening( office == Office.GT )
then
    // no row in force on the evaluation date: the office takes every nationality
    conclusions.add(Verdicts.conclude(kcontext, $s,
        Tri.or(
            Tri.of(refs.servedNationalities($s.office(), $s.date()).isEmpty()),
            $s.nationalities().containsAnyOf(refs.servedNationalities($s.office(), $s.date()))),
        Reason.of("nationalities", $s.nationalities()).and("served", refs.servedNationalities($s.office(), $s.date()))));
end
EOF
run validate --rules my-rules

# Step 5: fix both mistakes
sed -i 's/^GT,GTM,/GT,GT,/' my-rules/reference/served-nationalities.csv
sed -i '/^rule "ACC-NATIONALITY (GT)"$/{n;a\
    @citation("Press reports, August 2023: the Guatemala office registers Guatemalan nationals only")
}' my-rules/access.drl
sed -i 's/^name=.*/name=safemobility-screening-2023.2-gt-nationals/' my-rules/ruleset.manifest
# and the rule's reasons, in every language of the rule set
cat >> my-rules/messages/en.properties <<'EOF'
reason.ACC-NATIONALITY.GT.MET = The {office} office serves the applicant's nationality ({nationalities}) on the evaluation date.
reason.ACC-NATIONALITY.GT.NOT_MET = The {office} office serves only nationals of {served} on the evaluation date, not {nationalities}.
reason.ACC-NATIONALITY.GT.UNKNOWN = Not decided yet: no answer for {missing}.
EOF
cat >> my-rules/messages/es.properties <<'EOF'
reason.ACC-NATIONALITY.GT.MET = La oficina de {office} atiende la nacionalidad de la persona solicitante ({nationalities}) en la fecha de evaluación.
reason.ACC-NATIONALITY.GT.NOT_MET = En la fecha de evaluación, la oficina de {office} atiende solo a nacionales de {served}, no de {nationalities}.
reason.ACC-NATIONALITY.GT.UNKNOWN = No se puede determinar aún: falta la respuesta a {missing}.
EOF
run validate --rules my-rules

# Step 6: the scenarios
run test --rules my-rules my-scenarios
run test --rules my-rules eligibility-rules/src/test/resources/scenarios my-scenarios

# Step 7: the impact
run diff --new my-rules --generate 10000 --seed 2023 --as-of 2023-09-01 --show 2
run diff --new my-rules --generate 10000 --seed 2023 --as-of 2023-09-01 --show 1 --format json
run diff --new my-rules --generate 10000 --seed 2023 --as-of 2023-09-01 --show 0 --format csv
run diff --new my-rules --generate 10000 --seed 2023 --as-of 2023-09-01 --format html --output impact-report.html

[ "${KEEP:-0}" = 1 ] || rm -rf my-rules my-scenarios impact-report.html
